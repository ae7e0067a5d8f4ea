using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Common;

namespace Portal.Adapters.Nats.Mapping;

/// <summary>Reads the contract's loosely typed values (dates as text, dollars as numbers) into Domain values, strictly where the contract promises a value.</summary>
internal static class WireValues
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Above this, a Unix time is in milliseconds: as seconds it would be after the year 5000.</summary>
    private const decimal UnixSecondsLimit = 100_000_000_000m;

    /// <summary>10^9 seconds, September 2001: a smaller number (5, a date written 20251121) is no time of an event.</summary>
    private const decimal UnixSecondsFloor = 1_000_000_000m;

    private static readonly decimal MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

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

    public static T Require<T>([NotNull] T? value, string field)
        where T : class =>
        value ?? throw new MalformedAnswerException($"The answer has no '{field}'.");

    public static T RequireValue<T>([NotNull] T? value, string field)
        where T : struct =>
        value ?? throw new MalformedAnswerException($"The answer has no '{field}'.");

    public static string RequireText([NotNull] string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new MalformedAnswerException($"The answer has no '{field}'.") : value;

    /// <summary>
    /// A calendar date: "1985-03-12", or a date-time whose clock date is taken as it is written. The HTTP adapter reads
    /// dates the same way in its own copy (the adapters share no code); both are tested with the same cases.
    /// </summary>
    public static DateOnly RequireDate(string? value, string field) =>
        TryParseDate(value, out var date) ? date : throw new MalformedAnswerException($"The answer's '{field}' is not a date.");

    /// <summary>A date as <see cref="RequireDate"/> reads it, or null when absent or unreadable: one value shown as unknown.</summary>
    public static DateOnly? DateOrNull(string? value) => TryParseDate(value, out var date) ? date : null;

    /// <summary>An event's time as <see cref="TryParseTimestamp"/> reads it.</summary>
    public static DateTimeOffset RequireTimestamp(string? value, string field) =>
        TryParseTimestamp(value, out var instant) ? instant : throw new MalformedAnswerException($"The answer's '{field}' is not a timestamp.");

    /// <summary>
    /// When something happened (an activity, an alert, a broadcast): an ISO-8601 instant as <see cref="TryParseInstant"/>
    /// reads it, or a Unix time as some services write one (Python's <c>time.time()</c>, JavaScript's <c>Date.now()</c>),
    /// as a number or as digits: seconds from 10^9 (2001), fractions allowed, or milliseconds when above 10^11 (10^11
    /// seconds is the year 5138, and the milliseconds of any day since 1973 are above it). Only for such times: a date (a
    /// birthday sent as 19850312) is never taken for seconds since 1970.
    /// </summary>
    public static bool TryParseTimestamp(string? value, out DateTimeOffset instant)
    {
        if (TryParseInstant(value, out instant))
        {
            return true;
        }

        if (!decimal.TryParse(value?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
            || number < UnixSecondsFloor)
        {
            return false;
        }

        var milliseconds = number > UnixSecondsLimit ? number : number * 1000m;
        if (milliseconds > MaxUnixMilliseconds)
        {
            return false;
        }

        instant = DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(milliseconds, MidpointRounding.AwayFromZero));
        return true;
    }

    /// <summary>An instant in ISO-8601; one without an offset is UTC (Python's <c>datetime.utcnow().isoformat()</c>).</summary>
    public static bool TryParseInstant(string? value, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(value?.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);

    /// <summary>Dollars as the practice backends send them (12.5) to US-dollar cents, rounding half away from zero.</summary>
    public static Money Dollars(decimal? value, string field)
    {
        var dollars = RequireValue(value, field);
        try
        {
            return PracticeMoney.FromCents(checked((long)decimal.Round(dollars * 100m, MidpointRounding.AwayFromZero)));
        }
        catch (OverflowException exception)
        {
            throw new MalformedAnswerException($"The answer's '{field}' is out of range: {exception.Message}");
        }
    }

    /// <summary>
    /// Dollars as a JSON number (<c>12345.67</c>) or as the text a dashboard shows (<c>"$123,456"</c>, <c>"$1,234.50"</c>,
    /// <c>"123456"</c>): a leading <c>$</c> and thousands commas are allowed, read as a decimal, never a float. Null when
    /// absent, negative or unreadable: one figure the page shows as unknown (the claimed total, a copay, a deductible),
    /// never a failed answer.
    /// </summary>
    public static Money? FormattedDollarsOrNull(JsonElement? value)
    {
        decimal dollars;
        switch (value)
        {
            case { ValueKind: JsonValueKind.Number } number when number.TryGetDecimal(out dollars):
                break;
            case { ValueKind: JsonValueKind.String } text when DollarText.TryParse(text.GetString(), out dollars):
                break;
            default:
                return null;
        }

        if (dollars < 0)
        {
            return null;
        }

        try
        {
            return PracticeMoney.FromCents(checked((long)decimal.Round(dollars * 100m, MidpointRounding.AwayFromZero)));
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// A Platform id (<c>platform_customer_id</c>, <c>platform_user_id</c>): a positive integer, as a JSON number or digits
    /// in a string. Anything else is null, which means "not linked": that tenant or user simply has no Platform areas.
    /// </summary>
    public static long? PlatformIdOrNull(JsonElement? value)
    {
        long id;
        switch (value)
        {
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out id):
                break;
            case { ValueKind: JsonValueKind.String } text
                when long.TryParse(text.GetString()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id):
                break;
            default:
                return null;
        }

        return id > 0 ? id : null;
    }

    /// <summary>
    /// Whether a record's id, trimmed, is one Portal can put in an address and a subject (<see cref="Identifier"/>). A
    /// list row without one cannot be opened, so a list leaves it out rather than costing the user the whole list.
    /// </summary>
    public static bool IsAddressable(string? id) => Identifier.IsValid(id?.Trim());

    public static string OrEmpty(string? value) => value?.Trim() ?? string.Empty;

    /// <summary>The text trimmed, or null when blank or absent.</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A string's or a number's text as sent, trimmed; null for any other value, or a blank one.</summary>
    public static string? TextOrNull(JsonElement value) => OrNull(value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    });

    /// <summary>
    /// A list's entries that <paramref name="read"/> makes something of; one entry sent alone instead of a list is that
    /// entry; anything else, none.
    /// </summary>
    public static T[] EntriesOf<T>(JsonElement? list, Func<JsonElement, T?> read)
        where T : class => list switch
    {
        { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(read).OfType<T>()],
        { } one when read(one) is { } alone => [alone],
        _ => [],
    };

    private static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (TryParseInstant(trimmed, out var instant))
        {
            date = DateOnly.FromDateTime(instant.DateTime);
            return true;
        }

        return false;
    }
}
