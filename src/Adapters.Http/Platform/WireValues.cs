using System.Globalization;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// The Platform's spelling of values: enums in snake_case ("in_progress", "semi_annually"), instants and dates in ISO 8601.
/// A required value that is missing throws <see cref="FormatException"/>, which the client reports as a malformed answer;
/// a date or instant (none is required) that does not parse is null, one value the page shows as unknown.
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

    /// <summary>
    /// A calendar date, sent either as a date or as an instant (whose own calendar day is taken); missing, blank or
    /// unreadable text (an impossible day such as "2026-13-45" included) is "none", one value shown as unknown. The NATS
    /// adapter reads dates the same way in its own copy (the adapters share no code); both are tested with the same cases.
    /// </summary>
    public static DateOnly? TryDate(string? text) =>
        TryDay(text) ?? (TryInstant(text) is { } instant ? DateOnly.FromDateTime(instant.DateTime) : null);

    public static string Require(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw new FormatException($"'{field}' is missing.") : text;

    public static T Require<T>(T? value, string field)
        where T : struct =>
        value ?? throw new FormatException($"'{field}' is missing.");

    /// <summary>
    /// One of the Platform's integer keys, sent as a number or as its digits (the text converter reads both as text): a
    /// positive whole number, or else (none, "abc", 1.5, "12/3", 0, -4) null.
    /// </summary>
    public static long? TryPlatformId(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>
    /// A currency's ISO-4217 code, upper-cased ("ron" is RON); blank text or anything that is no three-letter code
    /// ("€", "EURO", "Romanian Leu") is none, which the caller reads as a currency not named.
    /// </summary>
    public static string? TryCurrencyCode(string? text) =>
        text?.Trim().ToUpperInvariant() is { Length: 3 } code && code.All(char.IsAsciiLetterUpper) ? code : null;

    /// <summary>Blank text from the Platform means "none".</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>
    /// An optional instant that degrades instead of failing: missing, blank or unreadable text is "none" (for a value a
    /// page shows but does not need), and so is one outside what an instant can hold once taken to UTC
    /// ("0001-01-01T00:00:00+05:00"). A date without a time is no instant either: read as midnight it would show as the
    /// evening before to a reader west of the Platform's zone, so it is unknown rather than a wrong time.
    /// </summary>
    public static DateTimeOffset? TryInstant(string? text) =>
        DateTimeOffset.TryParseExact(
            text?.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    /// <summary>
    /// An instant that stands for a whole day (a service's expiry, which pages show as its calendar day in UTC): an
    /// instant as <see cref="TryInstant"/> reads it, or a date without a time as that day at midnight UTC, so that the page
    /// shows the day as written.
    /// </summary>
    public static DateTimeOffset? TryDayInstant(string? text) =>
        TryInstant(text) ?? (TryDay(text) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);

    private static DateOnly? TryDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
