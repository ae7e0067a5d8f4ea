using Microsoft.AspNetCore.Html;
using Portal.Domain.Encounters;

namespace Portal.Web.Formatting;

/// <summary>
/// Instants and dates as <c>&lt;time&gt;</c> elements. An instant is rendered with its ISO value (UTC) in <c>datetime</c>
/// and <c>data-local="datetime"</c>, its text in the zone the reader chose in their profile (<see cref="ReaderTimeZone"/>,
/// right without script too) or else in UTC; <c>js/local-time.js</c> rewrites such elements in that chosen zone (the
/// page's <c>&lt;html data-time-zone&gt;</c>), or without one in the browser's own time zone. A date-only value (<c>data-local="date"</c>) has no time and no zone:
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

    /// <summary>
    /// A period of days: "1 Jan 2024 – 31 Dec 2024", "since 1 Jan 2024" with no end, "until 31 Dec 2024" with no start, a
    /// dash with neither; an end that could not be read is said so, not shown as open-ended.
    /// </summary>
    public static IHtmlContent Period(DateOnly? from, DateOnly? to, bool endUnreadable)
    {
        var builder = new HtmlContentBuilder();
        return (from, to) switch
        {
            _ when endUnreadable => builder.AppendHtml(Date(from)).Append(" – end date unreadable"),
            (null, null) => None,
            ({ } start, null) => builder.Append("since ").AppendHtml(Date(start)),
            (null, { } end) => builder.Append("until ").AppendHtml(Date(end)),
            ({ } start, { } end) => builder.AppendHtml(Date(start)).Append(" – ").AppendHtml(Date(end)),
        };
    }

    /// <summary>When a visit took place: its instant, or the day when the service gives no time (<see cref="Display.VisitDay"/>).</summary>
    public static IHtmlContent Visit(Encounter encounter) => Display.VisitDay(encounter) is { } day ? Date(day) : Instant(encounter.Date);
}
