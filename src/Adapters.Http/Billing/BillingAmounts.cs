using System.Globalization;
using Portal.Adapters.Http.Billing.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.Billing;

/// <summary>
/// Billing's money and rates, exactly: integers and decimals only, never <c>double</c>. The Platform sends each amount
/// twice, as integer <c>*_cents</c> (its models keep hundredths whatever the currency's <c>decimals</c>, and so does
/// <see cref="Money"/>) and as a decimal string in units; the integer is taken, the string only when the integer is missing.
/// </summary>
internal static class BillingAmounts
{
    private const decimal HundredthsPerUnit = 100m;

    /// <summary>No currency has more decimal places.</summary>
    private const int MaxDecimals = 6;

    /// <summary>
    /// The <c>currency</c> object's code (its <c>id</c> is the same code), else a <c>currency_code</c> beside it, upper-cased,
    /// and its <c>decimals</c> (2 when it does not say or says what no currency has, more than 6 or negative). A document
    /// that names no currency Portal can read is in <see cref="Money.NoCurrency"/>: its amounts are shown without a
    /// currency rather than with a guessed one, and one document's missing currency costs neither the list nor the page.
    /// </summary>
    public static BillingCurrency Currency(CurrencyDto? currency, string? currencyCode)
    {
        var decimals = currency?.Decimals is >= 0 and <= MaxDecimals ? currency.Decimals.Value : BillingCurrency.DefaultDecimals;
        var code = WireValues.TryCurrencyCode(currency?.Code)
            ?? WireValues.TryCurrencyCode(currency?.Id)
            ?? WireValues.TryCurrencyCode(currencyCode);
        return code is null
            ? new BillingCurrency(Money.NoCurrency, BillingCurrency.DefaultDecimals)
            : new BillingCurrency(code, decimals);
    }

    /// <summary>
    /// The integer <paramref name="cents"/>, else the decimal string <paramref name="units"/>: exact in the currency's
    /// minor unit (no more places than its <c>decimals</c>) and in hundredths, or malformed — never rounded.
    /// </summary>
    public static Money ToMoney(long? cents, string? units, BillingCurrency currency, string field)
    {
        if (cents is { } exact)
        {
            return new Money(exact, currency.Code);
        }

        if (string.IsNullOrWhiteSpace(units))
        {
            throw new FormatException($"'{field}' is missing.");
        }

        if (!decimal.TryParse(units.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            throw new FormatException($"'{field}' is not a decimal amount.");
        }

        var minorUnits = amount * Pow10(currency.Decimals);
        if (minorUnits != decimal.Truncate(minorUnits))
        {
            throw new FormatException($"'{field}' has more decimal places than {currency.Code} has ({currency.Decimals}).");
        }

        var hundredths = amount * HundredthsPerUnit;
        if (hundredths != decimal.Truncate(hundredths))
        {
            throw new FormatException($"'{field}' is finer than a hundredth, which Portal's amounts cannot hold.");
        }

        return new Money(decimal.ToInt64(hundredths), currency.Code);
    }

    private static decimal Pow10(int places)
    {
        var factor = 1m;
        for (var place = 0; place < places; place++)
        {
            factor *= 10m;
        }

        return factor;
    }

    /// <summary>
    /// A tax rate fraction ("0.2100" is 21 %) in basis points. A value above 1 cannot be a fraction of a price (no tax is
    /// over 100 %), so it is read as the percentage an older Platform sent; a missing rate is 0.
    /// </summary>
    public static int ToBasisPoints(decimal? rate)
    {
        var value = rate ?? 0m;
        var basisPoints = value > 1m ? value * 100m : value * 10_000m;
        var rounded = decimal.Round(basisPoints, 0, MidpointRounding.AwayFromZero);
        if (rounded is < 0 or > InvoiceLine.MaxTaxRateBasisPoints)
        {
            throw new FormatException("'lines[].tax_rate' is outside 0–100 %.");
        }

        return decimal.ToInt32(rounded);
    }
}
