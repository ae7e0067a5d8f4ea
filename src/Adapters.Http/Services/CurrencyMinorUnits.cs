using System.Collections.Frozen;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.Services;

/// <summary>
/// Services name their currency only by code, so its minor units come from ISO 4217 for the codes a hosting customer
/// meets, and 2 (the common case) for any other. Amounts arrive in currency units and become minor units by decimal
/// arithmetic, rounded half away from zero to the currency's digits (the Platform's monthly figures are derived).
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

    /// <summary><paramref name="units"/> of <paramref name="currency"/> (an upper-case ISO code) as <see cref="Money"/>.</summary>
    public static Money ToMoney(decimal units, string currency)
    {
        var decimals = DecimalsOf(currency);
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        var minor = decimal.Round(units * scale, 0, MidpointRounding.AwayFromZero);
        return new Money(decimal.ToInt64(minor), currency, decimals);
    }
}
