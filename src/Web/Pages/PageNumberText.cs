using System.Globalization;

namespace Portal.Web.Pages;

/// <summary>
/// A page number as every list of Portal reads it from its query: 1 when none, not a whole number, or below 1. A number
/// too large for a page number (<c>?page=99999999999</c>) asks for a page past the end of any list, so it is the largest
/// page number, which a list sends on to its last page as it does any page past its end. Read in one pass without
/// allocating, however long the text.
/// </summary>
internal static class PageNumberText
{
    /// <summary>The whitespace <see cref="NumberStyles.Integer"/> reads past around a number.</summary>
    private const string NumberWhitespace = " \t\n\v\f\r";

    public static int Read(string? text)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return Math.Max(number, 1);
        }

        return IsTooLargeWholeNumber(text) ? int.MaxValue : 1;
    }

    /// <summary>
    /// Whether text int could not read is a positive whole number as it spells one (whitespace around, trailing NULs,
    /// an optional '+', ASCII digits only), so int failed on its size only; a negative one is below 1 whatever its size.
    /// </summary>
    private static bool IsTooLargeWholeNumber(string? text)
    {
        var digits = text.AsSpan().TrimEnd('\0').Trim(NumberWhitespace);
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }

        foreach (var character in digits)
        {
            if (!char.IsAsciiDigit(character))
            {
                return false;
            }
        }

        return !digits.IsEmpty;
    }
}
