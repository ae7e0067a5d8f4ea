using System.Globalization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// Dollars as the practice backends write them in text (<c>"$123,456"</c>, <c>"$1,234.50"</c>, <c>"250"</c>): a leading
/// <c>$</c> and thousands commas are allowed, read as a decimal, never a float.
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

        if (trimmed.StartsWith('$'))
        {
            trimmed = trimmed[1..].TrimStart();
        }

        return decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out dollars);
    }
}
