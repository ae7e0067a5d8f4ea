using System.Globalization;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// The Platform's three date-time styles (platform-api.md §2.3): serializer values in Europe/Bucharest local time with
/// its offset, hand-built ones in UTC as <c>+00:00</c>, raw ones in UTC with <c>Z</c>; and date-only values.
/// </summary>
internal static class PlatformDates
{
    /// <summary>Bucharest: UTC+2, and UTC+3 from the last Sunday of March to the last Sunday of October (EU rules, fixed here so no tz database is needed).</summary>
    private static readonly TimeZoneInfo Bucharest = TimeZoneInfo.CreateCustomTimeZone(
        "Europe/Bucharest",
        TimeSpan.FromHours(2),
        "Europe/Bucharest",
        "EET",
        "EEST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 4, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    public static string Local(DateTimeOffset instant) => Iso(TimeZoneInfo.ConvertTime(instant, Bucharest), "zzz");

    public static string? Local(DateTimeOffset? instant) => instant is { } value ? Local(value) : null;

    public static string Utc(DateTimeOffset instant) => Iso(instant.ToUniversalTime(), "'+00:00'");

    public static string Zulu(DateTimeOffset instant) => Iso(instant.ToUniversalTime(), "'Z'");

    public static string? Zulu(DateTimeOffset? instant) => instant is { } value ? Zulu(value) : null;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    /// <summary>As Python's <c>isoformat()</c>: microseconds only when there are any.</summary>
    private static string Iso(DateTimeOffset value, string offset) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" + offset : "yyyy-MM-dd'T'HH:mm:ss.ffffff" + offset, CultureInfo.InvariantCulture);
}
