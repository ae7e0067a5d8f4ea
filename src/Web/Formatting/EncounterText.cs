namespace Portal.Web.Formatting;

/// <summary>
/// How an encounter's free text and the encounters service's own words (<c>office_visit</c>, <c>in_progress</c>) are
/// shown, the same on the pages and in live updates: words as they came, made readable; nothing is a dash
/// (free text that is nothing is <see cref="Display.OrDash"/>).
/// </summary>
public static class EncounterText
{
    public static string Words(string code) => string.IsNullOrWhiteSpace(code) ? "—" : Display.Words(code.Trim());
}
