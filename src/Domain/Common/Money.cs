using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>
/// An amount in integer minor units of an ISO-4217 currency (cents for the usual <see cref="Decimals"/> of 2, whole yen for
/// JPY's 0); never a float.
/// </summary>
public sealed record Money
{
    public const int MaxDecimals = 4;

    /// <summary>
    /// ISO 4217's code for no currency: the currency of an amount whose backend did not say which it is, shown without a
    /// currency rather than with a guessed one.
    /// </summary>
    public const string NoCurrency = "XXX";

    /// <summary>Whether the backend named the amount's currency: false for <see cref="NoCurrency"/>.</summary>
    public bool CurrencyStated => Currency != NoCurrency;

    public Money(long cents, string currency, int decimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("Currency must be a three-letter upper-case ISO-4217 code.", nameof(currency));
        }

        Cents = cents;
        Currency = currency;
        Decimals = decimals;
    }

    /// <summary>The amount in minor units of <see cref="Currency"/> (see <see cref="Decimals"/>).</summary>
    public long Cents { get; }

    public string Currency { get; }

    /// <summary>How many minor-unit digits the currency has: 2 for EUR and RON, 0 for JPY.</summary>
    public int Decimals { get; }

    /// <summary>The amount in whole currency units, exactly (decimal, never a float).</summary>
    public decimal Units => Cents / Pow10(Decimals);

    /// <summary>"1234.56 EUR": invariant, so every instance renders the same bytes.</summary>
    public override string ToString() =>
        Units.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + Currency;

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
