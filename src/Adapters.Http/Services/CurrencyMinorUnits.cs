using System.Collections.Frozen;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.Services;

/// <summary>
/// Services name their currency only by code, so its minor units come from ISO 4217 for the codes a hosting customer
/// meets, and 2 (the common case) for any other. Amounts arrive in currency units and become minor units by decimal
/// arithmetic, never through a float.
/// </summary>
internal static class CurrencyMinorUnits
{
    private const int Usual = 2;

    private static readonly FrozenDictionary<string, int> Exceptions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["BHD"] = 3,
        ["CLP"] = 0,
        ["ISK"] = 0,
        ["JOD"] = 3,
        ["JPY"] = 0,
        ["KRW"] = 0,
        ["KWD"] = 3,
        ["OMR"] = 3,
        ["TND"] = 3,
        ["UGX"] = 0,
        ["VND"] = 0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static int DecimalsOf(string currency) => Exceptions.TryGetValue(currency, out var decimals) ? decimals : Usual;

    /// <summary>
    /// An amount in currency units, rounded half away from zero to the currency's minor unit: a figure the Platform works
    /// out (a monthly equivalent, VAT, a total) may carry more places than the currency has, and so may a price ("19.999"
    /// in RON), which is shown to the nearest unit like the figures beside it rather than losing the list.
    /// </summary>
    public static Money Nearest(decimal units, string currency)
    {
        var minor = decimal.Round(units * Scale(currency, out var decimals), 0, MidpointRounding.AwayFromZero);
        return new Money(decimal.ToInt64(minor), currency, decimals);
    }

    private static decimal Scale(string currency, out int decimals)
    {
        decimals = DecimalsOf(currency);
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        return scale;
    }
}
