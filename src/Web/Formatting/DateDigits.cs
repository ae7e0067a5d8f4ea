using System.Globalization;

namespace Portal.Web.Formatting;

/// <summary>
/// The date formats a list writes once a row, digit by digit into a span instead of through the framework's custom-format
/// parser: the ISO value (invariant) always, and <see cref="Display.DateFormat"/> ("d MMM yyyy") for a culture whose
/// calendar is the Gregorian and whose abbreviated month names have no genitive forms, the month names looked up once per
/// culture. For those cultures that is exactly what <see cref="DateOnly.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
/// writes; any other culture is left to it.
/// </summary>
internal static class DateDigits
{
    /// <summary>"yyyy-MM-dd".</summary>
    public const int IsoDateLength = 10;

    /// <summary>The culture asked last (Portal formats in one) and its month names, or null names when it is not written here.</summary>
    private static CultureMonths? last;

    public static int WriteIsoDate(Span<char> into, DateOnly date)
    {
        WriteDigits(into, date.Year, 4);
        into[4] = '-';
        WriteDigits(into[5..], date.Month, 2);
        into[7] = '-';
        WriteDigits(into[8..], date.Day, 2);
        return IsoDateLength;
    }

    /// <summary>"d MMM yyyy" in <paramref name="culture"/>; false when that culture's dates are left to the framework.</summary>
    public static bool TryWriteDate(Span<char> into, DateOnly date, CultureInfo culture, out int written)
    {
        written = 0;
        if (MonthNamesOf(culture) is not { } months)
        {
            return false;
        }

        var month = months[date.Month - 1];
        if (into.Length < month.Length + 8)
        {
            return false;
        }

        var at = 0;
        if (date.Day >= 10)
        {
            into[at++] = (char)('0' + (date.Day / 10));
        }

        into[at++] = (char)('0' + (date.Day % 10));
        into[at++] = ' ';
        month.CopyTo(into[at..]);
        at += month.Length;
        into[at++] = ' ';
        WriteDigits(into[at..], date.Year, 4);
        written = at + 4;
        return true;
    }

    private static void WriteDigits(Span<char> into, int value, int digits)
    {
        for (var i = digits - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static string[]? MonthNamesOf(CultureInfo culture)
    {
        if (!culture.IsReadOnly)
        {
            // A culture that can still change is read each time (Portal's own comes read-only from CULTURE).
            return Lookup(culture);
        }

        if (last is { } known && ReferenceEquals(known.Culture, culture))
        {
            return known.Months;
        }

        var months = Lookup(culture);
        last = new CultureMonths(culture, months);
        return months;
    }

    private static string[]? Lookup(CultureInfo culture)
    {
        var format = culture.DateTimeFormat;
        if (format.Calendar.GetType() != typeof(GregorianCalendar))
        {
            return null;
        }

        var names = format.AbbreviatedMonthNames;
        var genitive = format.AbbreviatedMonthGenitiveNames;
        for (var month = 0; month < 12; month++)
        {
            if (!string.Equals(names[month], genitive[month], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return names[..12];
    }

    private sealed record CultureMonths(CultureInfo Culture, string[]? Months);
}
