namespace Portal.Web.Live;

/// <summary>
/// A time in a live message: the ISO value, the server's UTC text and its kind ("datetime" or "date"), so live.js can
/// build the same <c>&lt;time&gt;</c> element the server renders and have local-time.js localise it (in the zone the
/// reader chose, which the page names). The text is in UTC, never a reader's zone: one message goes to every reader
/// of the practice.
/// </summary>
public sealed record LiveTime(string Value, string Text, string Kind)
{
    public static LiveTime Instant(DateTimeOffset instant) =>
        new(Formatting.Display.IsoInstant(instant), Formatting.Display.Instant(instant, zone: null), "datetime");

    public static LiveTime Date(DateOnly date) =>
        new(Formatting.Display.IsoDate(date), Formatting.Display.Date(date), "date");
}
