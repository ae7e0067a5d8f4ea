using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>An amount in integer minor units (cents) of an ISO-4217 currency; never a float.</summary>
public sealed record Money
{
    public Money(long cents, string currency)
    {
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("Currency must be a three-letter upper-case ISO-4217 code.", nameof(currency));
        }

        Cents = cents;
        Currency = currency;
    }

    public long Cents { get; }

    public string Currency { get; }

    /// <summary>"1234.56 EUR": invariant, so every instance renders the same bytes.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cents / 100m:0.00} {Currency}");
}
