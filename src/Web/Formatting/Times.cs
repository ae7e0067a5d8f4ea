using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

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
    public static IHtmlContent Instant(DateTimeOffset? instant) =>
        instant is { } value
            ? Tag(Display.IsoInstant(value), Display.Instant(value), "datetime")
            : new HtmlString("—");

    public static IHtmlContent Date(DateOnly? date) =>
        date is { } value ? Tag(Display.IsoDate(value), Display.Date(value), "date") : new HtmlString("—");

    /// <summary>
    /// The day of an instant that stands for a whole day (a service's expiry, which the Platform sends at midnight UTC):
    /// a date, as the Platform's calendar has it.
    /// </summary>
    public static IHtmlContent DayOf(DateTimeOffset? instant) =>
        Date(instant is { } value ? DateOnly.FromDateTime(value.UtcDateTime) : null);

    private static HtmlString Tag(string iso, string text, string kind)
    {
        var encoder = HtmlEncoder.Default;
        return new HtmlString($"<time datetime=\"{encoder.Encode(iso)}\" data-local=\"{kind}\">{encoder.Encode(text)}</time>");
    }
}
