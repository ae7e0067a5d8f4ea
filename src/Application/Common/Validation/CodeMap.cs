namespace Portal.Application.Common.Validation;

/// <summary>
/// The codes a request may carry for the values of an enum (an "overdue" status filter, a "7d" usage period), matched
/// case-insensitively and ignoring surrounding spaces. Validators accept only these codes; handlers then parse them.
/// </summary>
public sealed class CodeMap<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> valuesByCode;

    public CodeMap(params (string Code, TEnum Value)[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        valuesByCode = codes.ToDictionary(c => c.Code, c => c.Value, StringComparer.OrdinalIgnoreCase);
        Codes = codes.Select(c => c.Code).ToArray();
    }

    /// <summary>The accepted codes in a sensible order, for messages and drop-down lists.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool IsKnown(string? code) => code is not null && valuesByCode.ContainsKey(code.Trim());

    /// <summary>True for a known code and for a blank one, which means "no filter".</summary>
    public bool IsKnownOrBlank(string? code) => string.IsNullOrWhiteSpace(code) || IsKnown(code);

    public TEnum Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return valuesByCode.TryGetValue(code.Trim(), out var value)
            ? value
            : throw new ArgumentException($"'{code}' is not one of {string.Join(", ", Codes)}.", nameof(code));
    }

    /// <summary>The value of a code, or null for a blank code.</summary>
    public TEnum? ParseOptional(string? code) => string.IsNullOrWhiteSpace(code) ? null : Parse(code);
}
