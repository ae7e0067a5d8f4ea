using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Formatting;

/// <summary>
/// Instants and dates as <c>&lt;time&gt;</c> elements. An instant is rendered in UTC with its ISO value in
/// <c>datetime</c> and <c>data-local</c>; <c>js/local-time.js</c> rewrites such elements in the browser's own time zone,
/// and without script they stay in UTC. A date-only value has no time and no zone, so nothing rewrites it.
/// </summary>
public static class Times
{
    public static IHtmlContent Instant(DateTimeOffset? instant) =>
        instant is { } value
            ? Tag(Display.IsoInstant(value), Display.Instant(value), local: true)
            : new HtmlString("—");

    public static IHtmlContent Date(DateOnly? date) =>
        date is { } value ? Tag(Display.IsoDate(value), Display.Date(value), local: false) : new HtmlString("—");

    /// <summary>
    /// The day of an instant that stands for a whole day (a service's expiry, which the Platform sends at midnight UTC):
    /// a date, as the Platform's calendar has it.
    /// </summary>
    public static IHtmlContent DayOf(DateTimeOffset? instant) =>
        Date(instant is { } value ? DateOnly.FromDateTime(value.UtcDateTime) : null);

    private static HtmlString Tag(string iso, string text, bool local)
    {
        var encoder = HtmlEncoder.Default;
        var attributes = "datetime=\"" + encoder.Encode(iso) + "\"" + (local ? " data-local=\"datetime\"" : string.Empty);
        return new HtmlString("<time " + attributes + ">" + encoder.Encode(text) + "</time>");
    }
}
