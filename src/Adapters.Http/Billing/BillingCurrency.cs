namespace Portal.Adapters.Http.Billing;

/// <summary>
/// A billing document's currency: its ISO code (<see cref="Portal.Domain.Common.Money.NoCurrency"/> when the document named
/// none) and how many decimal places its minor unit has.
/// </summary>
internal readonly record struct BillingCurrency(string Code, int Decimals)
{
    /// <summary>What a currency without <c>decimals</c> is taken to have, as most do (and the summary's "RON").</summary>
    public const int DefaultDecimals = 2;
}
