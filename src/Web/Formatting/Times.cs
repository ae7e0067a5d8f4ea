using Microsoft.AspNetCore.Html;

namespace Portal.Web.Formatting;

/// <summary>
/// Instants and dates as <c>&lt;time&gt;</c> elements. An instant is rendered in UTC with its ISO value in
/// <c>datetime</c> and <c>data-local="datetime"</c>; <c>js/local-time.js</c> rewrites such elements in the browser's own
/// time zone, and without script they stay in UTC. A date-only value (<c>data-local="date"</c>) has no time and no zone:
/// the script only writes it in the same style as the instants around it, as the same calendar day.
/// </summary>
public static class Times
{
    private static readonly HtmlString None = new("—");

    public static IHtmlContent Instant(DateTimeOffset? instant) =>
        instant is { } value ? TimeElement.Instant(value) : None;

    public static IHtmlContent Date(DateOnly? date) =>
        date is { } value ? TimeElement.Date(value) : None;

    /// <summary>
    /// The day of an instant that stands for a whole day (a service's expiry, which the Platform sends at midnight UTC):
    /// a date, as the Platform's calendar has it.
    /// </summary>
    public static IHtmlContent DayOf(DateTimeOffset? instant) =>
        Date(instant is { } value ? DateOnly.FromDateTime(value.UtcDateTime) : null);
}
