using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Formatting;

/// <summary>
/// A <c>&lt;time&gt;</c> element written straight into the page's output when the page is sent, formatted in place: the
/// lists write one a row, and building each as strings first (the ISO value, the text, the element) was a good part of
/// what a list page allocates.
/// </summary>
internal sealed class TimeElement : IHtmlContent
{
    /// <summary>Room for the longest value either format gives, in any culture's month names.</summary>
    private const int MaxFormatted = 128;

    private readonly DateTimeOffset instant;
    private readonly DateOnly date;
    private readonly bool isDate;

    /// <summary>The reader's chosen zone when the element was made (the request's, see <see cref="ReaderTimeZone"/>).</summary>
    private readonly TimeZoneInfo? zone;

    private TimeElement(DateTimeOffset instant, DateOnly date, bool isDate, TimeZoneInfo? zone)
    {
        this.instant = instant;
        this.date = date;
        this.isDate = isDate;
        this.zone = zone;
    }

    public static TimeElement Instant(DateTimeOffset instant) => new(instant.ToUniversalTime(), default, isDate: false, ReaderTimeZone.Zone);

    public static TimeElement Date(DateOnly date) => new(default, date, isDate: true, zone: null);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (isDate)
        {
            WriteDate(writer, encoder, date);
        }
        else
        {
            WriteInstant(writer, encoder, instant, zone);
        }
    }

    /// <summary>The element of a date, its ISO value and text written digit by digit where the culture allows (<see cref="DateDigits"/>).</summary>
    public static void WriteDate(TextWriter writer, HtmlEncoder encoder, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        Span<char> formatted = stackalloc char[MaxFormatted];
        writer.Write("<time datetime=\"");
        writer.Write(formatted[..DateDigits.WriteIsoDate(formatted, date)]);
        writer.Write("\" data-local=\"date\">");
        var culture = CultureInfo.CurrentCulture;
        var written = DateDigits.TryWriteDate(formatted, date, culture, out var length)
            ? length
            : Format(date.TryFormat(formatted, out length, Display.DateFormat, culture), length);
        Encode(writer, encoder, formatted[..written]);
        writer.Write("</time>");
    }

    private static void WriteInstant(TextWriter writer, HtmlEncoder encoder, DateTimeOffset instant, TimeZoneInfo? zone)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        Span<char> formatted = stackalloc char[MaxFormatted];
        writer.Write("<time datetime=\"");
        writer.Write(formatted[..Format(instant.TryFormat(formatted, out var length, Display.IsoInstantFormat, CultureInfo.InvariantCulture), length)]);
        writer.Write("\" data-local=\"datetime\">");
        if (zone is not null)
        {
            // A chosen zone needs its offset label: rare enough (a reader who set one) to be built as a string.
            Encode(writer, encoder, Display.Instant(instant, zone));
        }
        else
        {
            Encode(writer, encoder, formatted[..Format(instant.TryFormat(formatted, out length, Display.InstantFormat, CultureInfo.CurrentCulture), length)]);
        }

        writer.Write("</time>");
    }

    private static int Format(bool formatted, int length) =>
        formatted ? length : throw new InvalidOperationException($"A date did not fit in {MaxFormatted} characters.");

    /// <summary>A culture's month names could hold a character HTML escapes: the text is encoded as any other text.</summary>
    private static void Encode(TextWriter writer, HtmlEncoder encoder, ReadOnlySpan<char> text)
    {
        Span<char> encoded = stackalloc char[MaxFormatted * 8];
        if (encoder.Encode(text, encoded, out _, out var written) == OperationStatus.Done)
        {
            writer.Write(encoded[..written]);
        }
        else
        {
            encoder.Encode(writer, new string(text));
        }
    }
}
