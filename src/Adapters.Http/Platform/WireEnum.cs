using System.Collections.Frozen;
using System.Text.Json;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// The Platform's codes of one enum's members, read by reflection once per enum type (the first use of
/// <see cref="WireValues"/> with it) and kept for the life of the process.
/// </summary>
internal static class WireEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> CodesByValue = Enum.GetValues<TEnum>()
        .Distinct()
        .ToFrozenDictionary(value => value, ToCode);

    /// <summary>Member names, matched ignoring case; where two members differ only in case the lower value wins.</summary>
    private static readonly FrozenDictionary<string, TEnum> ValuesByName = NamesOf().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The snake_case code of <paramref name="value"/>; a value outside the enum is spelt as its number.</summary>
    public static string Code(TEnum value) => CodesByValue.TryGetValue(value, out var code) ? code : ToCode(value);

    /// <summary>The member whose name is <paramref name="key"/> ignoring case, if any.</summary>
    public static bool TryFind(string key, out TEnum value) => ValuesByName.TryGetValue(key, out value);

    private static string ToCode(TEnum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static Dictionary<string, TEnum> NamesOf()
    {
        var names = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            names.TryAdd(value.ToString(), value);
        }

        return names;
    }
}
