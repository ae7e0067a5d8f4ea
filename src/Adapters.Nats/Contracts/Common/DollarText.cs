using System.Globalization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// Dollars as the practice backends write them in text (<c>"$123,456"</c>, <c>"$1,234.50"</c>, <c>"250"</c>): a leading
/// <c>$</c> and thousands commas are allowed, read as a decimal, never a float. A minus before or after the <c>$</c>
/// (<c>"-$20.00"</c>, <c>"$-20.00"</c>) makes it negative, as a reversal is written; whether a negative amount is
/// allowed is the reader's to say.
/// </summary>
internal static class DollarText
{
    public static bool TryParse(string? text, out decimal dollars)
    {
        dollars = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        var negative = StripLeading('-', ref trimmed);
        StripLeading('$', ref trimmed);
        if (StripLeading('-', ref trimmed))
        {
            if (negative)
            {
                return false;
            }

            negative = true;
        }

        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out dollars))
        {
            return false;
        }

        dollars = negative ? -dollars : dollars;
        return true;
    }

    private static bool StripLeading(char sign, ref string text)
    {
        if (!text.StartsWith(sign))
        {
            return false;
        }

        text = text[1..].TrimStart();
        return true;
    }
}
