using System.Globalization;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// The Platform's spelling of values: enums in snake_case ("in_progress", "semi_annually"), instants and dates in ISO 8601.
/// A value that does not parse throws <see cref="FormatException"/>, which the client reports as a malformed answer.
/// </summary>
internal static class WireValues
{
    /// <summary>
    /// ISO 8601 only, with 'T' or Python's space between date and time, optional fractions and optional offset: a US
    /// "03/12/1985" or a day-first "12.03.1985" would be guessed at, so they are refused instead.
    /// </summary>
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    public static string ToWire<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        WireEnum<TEnum>.Code(value);

    /// <summary>An unknown or missing code becomes the enum's zero value (its <c>Unknown</c>): the Platform may add states.</summary>
    public static TEnum ToEnum<TEnum>(string? code)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return default;
        }

        var key = code.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return WireEnum<TEnum>.TryFind(key, out var value) ? value : default;
    }

    public static DateTimeOffset ToInstant(string? text, string field) =>
        TryInstant(text) ?? throw new FormatException($"'{field}' is not an ISO 8601 instant.");

    public static DateTimeOffset? ToOptionalInstant(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null : ToInstant(text, field);

    /// <summary>
    /// A calendar date, sent either as a date or as an instant (whose own calendar day is taken). The NATS adapter reads
    /// dates the same way in its own copy (the adapters share no code); both are tested with the same cases.
    /// </summary>
    public static DateOnly? ToOptionalDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return TryInstant(text) is { } instant
            ? DateOnly.FromDateTime(instant.DateTime)
            : throw new FormatException($"'{field}' is not an ISO 8601 date.");
    }

    public static DateOnly ToDate(string? text, string field) =>
        ToOptionalDate(text, field) ?? throw new FormatException($"'{field}' is missing.");

    public static string Require(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw new FormatException($"'{field}' is missing.") : text;

    public static T Require<T>(T? value, string field)
        where T : struct =>
        value ?? throw new FormatException($"'{field}' is missing.");

    /// <summary>Blank text from the Platform means "none".</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>
    /// An optional instant that degrades instead of failing: missing, blank or unreadable text is "none" (for a value a
    /// page shows but does not need).
    /// </summary>
    public static DateTimeOffset? TryInstant(string? text) =>
        DateTimeOffset.TryParseExact(
            text?.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;
}
