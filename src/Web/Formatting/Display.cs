using System.Globalization;
using Microsoft.AspNetCore.Html;
using Portal.Domain.Common;
using Portal.Domain.Encounters;

namespace Portal.Web.Formatting;

/// <summary>
/// How pages show money, dates, numbers and enum values: one format everywhere, in the culture the CULTURE setting names
/// (every request runs in it; the server's own culture never shows). Money reads as the Platform's PDFs write it,
/// currency code first ("EUR 1,234.50"), joined by a no-break space so an amount never wraps mid-value.
/// </summary>
public static class Display
{
    /// <summary>A date as pages show it, in the request's culture.</summary>
    public const string DateFormat = "d MMM yyyy";

    /// <summary>An instant as pages show it, in UTC, in the request's culture.</summary>
    public const string InstantFormat = "d MMM yyyy, HH:mm 'UTC'";

    /// <summary>An instant as pages show it in the reader's chosen zone, before its offset label.</summary>
    private const string LocalInstantFormat = "d MMM yyyy, HH:mm";

    /// <summary>An instant's machine-readable value: ISO 8601 in UTC.</summary>
    public const string IsoInstantFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>A date's machine-readable value.</summary>
    public const string IsoDateFormat = "yyyy-MM-dd";

    private const char NoBreakSpace = '\u00A0';

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>"EUR 1,234.56"; an amount whose currency the backend did not state says so rather than wearing a guessed one.</summary>
    public static string Money(Money? amount) => amount switch
    {
        null => "—",
        { CurrencyStated: false } => Units(amount) + " (currency not stated)",
        _ => amount.Currency + NoBreakSpace + Units(amount),
    };

    private static string Units(Money amount) => amount.Units.ToString("N" + amount.Decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>
    /// A sum the Platform adds up whatever its parts' currencies: the amount, and unless <paramref name="confirmed"/> the
    /// assumption it rests on, "(if all are priced in EUR)".
    /// </summary>
    public static IHtmlContent MoneyAssumingOneCurrency(Money? amount, bool confirmed)
    {
        var content = new HtmlContentBuilder().Append(Money(amount));
        // An amount in no stated currency already says so; "if all are priced in XXX" would be no assumption.
        return amount is null || confirmed || !amount.CurrencyStated
            ? content
            : content.AppendHtml("<span class=\"qualifier\">").Append(" (if all are priced in " + amount.Currency + ")").AppendHtml("</span>");
    }

    /// <summary>When a visit took place, as text: its instant, or the day when the service gives no time.</summary>
    public static string Visit(Encounter encounter) => VisitDay(encounter) is { } day ? Date(day) : Instant(encounter.Date);

    /// <summary>
    /// The day a visit is shown by, when the service gives its day without a time; null when it is shown by its instant
    /// (a dash when that is unknown too). The one choice behind this text and <see cref="Times.Visit"/>.
    /// </summary>
    internal static DateOnly? VisitDay(Encounter encounter)
    {
        ArgumentNullException.ThrowIfNull(encounter);
        return encounter.Date is null ? encounter.Day : null;
    }

    /// <summary>A date-only value: never a time, never a time zone.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString(DateFormat, Culture) ?? "—";

    /// <summary>
    /// An instant as text, the text of the <c>&lt;time&gt;</c> element <see cref="Times.Instant"/> writes: in the time zone
    /// the reader chose in their profile (<see cref="ReaderTimeZone"/>) with its offset ("6 Dec 2026, 15:10 UTC+2"), else
    /// in UTC, which the page's script rewrites in the browser's own time zone.
    /// </summary>
    public static string Instant(DateTimeOffset? instant) => instant is { } value ? Instant(value, ReaderTimeZone.Zone) : "—";

    /// <summary>An instant as text in <paramref name="zone"/> with its offset from UTC; in UTC when <paramref name="zone"/> is null.</summary>
    public static string Instant(DateTimeOffset instant, TimeZoneInfo? zone)
    {
        if (zone is null)
        {
            return instant.ToUniversalTime().ToString(InstantFormat, Culture);
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString(LocalInstantFormat, Culture) + " " + OffsetLabel(local.Offset);
    }

    /// <summary>The machine-readable value of an instant's <c>&lt;time datetime&gt;</c>: ISO 8601 in UTC.</summary>
    public static string IsoInstant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString(IsoInstantFormat, CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString(IsoDateFormat, CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", Culture);

    /// <summary>A text the backend may have left empty: a dash then.</summary>
    public static string OrDash(string text) => string.IsNullOrWhiteSpace(text) ? "—" : text;

    /// <summary>
    /// A temperature as the clinic wrote it, its unit given as a degree sign where the service sent a number and a bare
    /// "F" or "C" ("98.9 F" becomes "98.9 °F", with a no-break space); any other text (no unit, "38.2 °C", a note) as it is,
    /// a dash when empty.
    /// </summary>
    public static string Temperature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = text.Trim();
        if (written.Length > 1 && written[^1] is 'F' or 'C'
            && written[..^1].TrimEnd() is { Length: > 0 } number
            && decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return number + "\u00A0°" + written[^1];
        }

        return OrDash(text);
    }

    /// <summary>A patient's gender as a word ("Female"); a value Portal does not know as it came, a dash when there is none.</summary>
    public static string Gender(string gender) => gender switch
    {
        "female" => "Female",
        "male" => "Male",
        "other" => "Other",
        _ => OrDash(gender),
    };

    /// <summary>Which insurance pays when: "Primary", "Secondary", "Tertiary", then "4th"; a dash when unknown.</summary>
    public static string Coverage(int? order) => order switch
    {
        null => "—",
        1 => "Primary",
        2 => "Secondary",
        3 => "Tertiary",
        _ => Ordinal(order.Value),
    };

    private static string Ordinal(int number) =>
        number.ToString(CultureInfo.InvariantCulture) + ((number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        });

    /// <summary>A count the backend may not have given: a dash then.</summary>
    public static string Number(int? value) => value is { } known ? Number(known) : "—";

    public static string Number(decimal value) => value.ToString("#,0.##", Culture);

    /// <summary>A quantity the backend may have sent unreadable: a dash then.</summary>
    public static string Number(decimal? value) => value is { } known ? Number(known) : "—";

    /// <summary>A yes/no value in the words of its row, or a dash when the backend did not state it.</summary>
    public static string Flag(bool? value, string yes, string no) => value switch { true => yes, false => no, null => "—" };

    public static string Gigabytes(decimal? value) =>
        value is null ? "—" : Number(value.Value) + NoBreakSpace + "GB";

    /// <summary>"1 patient", "87 patients": the count with its noun, singular or plural.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        Number(count) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>
    /// A paged list's count line, "87 services", or none when the backend gave no count (<see cref="Page{T}.TotalUnknown"/>):
    /// the rows of one page are not the list's.
    /// </summary>
    public static string? ListCount<T>(Page<T> page, string singular)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.TotalUnknown ? null : Count(page.TotalItems, singular);
    }

    /// <summary>
    /// What a list's page without rows says: "No tickets." when the list has none, "No tickets match these filters." when
    /// <paramref name="filtered"/> (<see cref="NoRows"/>); when it counts some, every row of this page was left out (one
    /// Portal cannot open), so the page says that rather than that there are none. A page past the first of a list whose
    /// backend gave no count (<see cref="Page{T}.TotalUnknown"/>) says there are none here, not in the list, which may well
    /// have rows on the pages before; while <see cref="Page{T}.PagesUnknown"/> the page may even lie past the list's end,
    /// which Portal cannot tell.
    /// </summary>
    public static string EmptyPage<T>(Page<T> page, string plural, bool filtered = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.TotalItems > 0 ? $"No {plural} on this page can be shown."
            : page.TotalUnknown && page.Number > 1 ? $"No {plural} on this page."
            : NoRows(plural, filtered);
    }

    /// <summary>What an empty list says, in one wording on every page: "No invoices." or "No invoices match these filters."</summary>
    public static string NoRows(string plural, bool filtered) => filtered ? $"No {plural} match these filters." : $"No {plural}.";

    /// <summary>
    /// A membership role: the Platform's four (owner, billing, tech, viewer) by name; any other exactly as the backend
    /// sent it, since Portal cannot know what it means. A role the backend did not give is not shown at all.
    /// </summary>
    public static string Role(string role) => role switch
    {
        "owner" => "Owner",
        "billing" => "Billing",
        "tech" => "Tech",
        "viewer" => "Viewer",
        _ => role,
    };

    /// <summary>An enum value as words: "InProgress" becomes "In progress".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

    /// <summary>
    /// A backend's enum value as words, or, when Portal does not know it (the enum's zero, <c>Unknown</c>), the backend's
    /// own <paramref name="code"/> as it came: a state added later reads as the backend spells it, not as "Unknown".
    /// </summary>
    public static string Words<TEnum>(TEnum value, string? code)
        where TEnum : struct, Enum =>
        EqualityComparer<TEnum>.Default.Equals(value, default) && !string.IsNullOrWhiteSpace(code) ? code : Words(value);

    /// <summary>A file's size, or "size unknown" when the backend did not give one.</summary>
    public static string FileSize(long? bytes) => bytes is { } known ? FileSize(known) : "size unknown";

    /// <summary>A file's size the way people read it: "512 bytes", "12.5 KB", "3.2 MB" (1 KB = 1024 bytes).</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => Count((int)bytes, "byte"),
        < 1024 * 1024 => (bytes / 1024m).ToString("#,0.#", Culture) + NoBreakSpace + "KB",
        < 1024L * 1024 * 1024 => (bytes / (1024m * 1024)).ToString("#,0.#", Culture) + NoBreakSpace + "MB",
        _ => (bytes / (1024m * 1024 * 1024)).ToString("#,0.#", Culture) + NoBreakSpace + "GB",
    };

    /// <summary>A code or name as words: "in_progress" and "InProgress" both become "In progress".</summary>
    public static string Words(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var builder = new System.Text.StringBuilder(code.Length + 4);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '_' or '-')
            {
                builder.Append(' ');
            }
            else if (i == 0)
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsUpper(c))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>"UTC", "UTC+2", "UTC+5:30", "UTC-3": the offset as people (and browsers, "GMT-3") write it.</summary>
    private static string OffsetLabel(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var size = offset.Duration();
        var hours = ((int)size.TotalHours).ToString(CultureInfo.InvariantCulture);
        return "UTC" + sign + (size.Minutes == 0 ? hours : hours + ":" + size.Minutes.ToString("00", CultureInfo.InvariantCulture));
    }
}
