namespace Portal.Domain.Company;

/// <summary>
/// The Romanian fiscal code (CUI) rule the Platform applies to <c>customers/tax-profile/</c> (PRAHO's
/// <c>CUIValidator.validate_strict</c>): an optional "RO" prefix in any case, then 2 to 10 digits; with 8 digits or more
/// the last is a check digit. Portal applies the same rule so the Platform never has to refuse what it sends.
/// </summary>
public static class FiscalCode
{
    private const string VatPrefix = "RO";
    private const int MinDigits = 2;
    private const int MaxDigits = 10;
    private const int CheckedFromDigits = 8;

    /// <summary>
    /// The weights as PRAHO uses them: the digits before the check digit, left-padded to eight, meet the weights from
    /// the left. For a ten-digit code this is ANAF's key 753217532; for shorter ones PRAHO's alignment differs from
    /// ANAF's, and Portal follows PRAHO, whose answer decides.
    /// </summary>
    private static readonly int[] Weights = [7, 5, 3, 2, 1, 7, 5, 3, 2];

    /// <summary>Why <paramref name="value"/> is not a CUI the Platform accepts, or null when it is one.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.Length == 0)
        {
            return "CUI is empty.";
        }

        var digits = text.StartsWith(VatPrefix, StringComparison.OrdinalIgnoreCase) ? text[VatPrefix.Length..] : text;
        if (!digits.All(char.IsAsciiDigit))
        {
            return "CUI must contain only digits after an optional RO.";
        }

        if (digits.Length is < MinDigits or > MaxDigits)
        {
            return $"CUI must have {MinDigits} to {MaxDigits} digits.";
        }

        return digits.Length >= CheckedFromDigits && CheckDigit(digits[..^1]) != digits[^1] - '0'
            ? "CUI check digit does not match; check the number."
            : null;
    }

    private static int CheckDigit(string body)
    {
        var padded = body.PadLeft(CheckedFromDigits, '0');
        var total = padded.Zip(Weights, (digit, weight) => (digit - '0') * weight).Sum();
        var remainder = total * 10 % 11;
        return remainder >= 10 ? 0 : remainder;
    }
}
