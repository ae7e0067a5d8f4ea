namespace Portal.Adapters.Http.Billing;

/// <summary>
/// A billing document's currency: its ISO code, how many decimal places its minor unit has, and whether the code is the
/// configured default Portal assumed for a document that named none.
/// </summary>
internal readonly record struct BillingCurrency(string Code, int Decimals, bool Assumed = false)
{
    /// <summary>What a currency without <c>decimals</c> is taken to have, as most do (and the summary's "RON").</summary>
    public const int DefaultDecimals = 2;
}
