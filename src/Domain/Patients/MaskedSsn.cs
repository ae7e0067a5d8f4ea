namespace Portal.Domain.Patients;

/// <summary>
/// A US social security number reduced to its last four digits. The other five digits are dropped the moment one of
/// these is made and exist nowhere in it, so no rendering, logging or serialisation can reveal them.
/// </summary>
public sealed record MaskedSsn
{
    private const string Mask = "***-**-";

    private MaskedSsn(string lastFour) => LastFour = lastFour;

    /// <summary>The four digits that may be shown, for example "1234".</summary>
    public string LastFour { get; }

    /// <summary>
    /// Accepts a full SSN ("123-45-6789" or "123456789") or an already masked one ("***-**-6789", also with 'X' or
    /// 'x' as the mask character) and keeps only the last four digits. The error never repeats the input.
    /// </summary>
    public static MaskedSsn Parse(string value) =>
        TryParse(value, out var masked)
            ? masked
            : throw new ArgumentException("The value is neither a social security number nor a masked one.", nameof(value));

    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MaskedSsn? masked)
    {
        masked = null;
        if (value is null)
        {
            return false;
        }

        var trimmed = value.Trim();
        if (!IsFullSsn(trimmed) && !IsMaskedSsn(trimmed))
        {
            return false;
        }

        masked = new MaskedSsn(trimmed[^4..]);
        return true;
    }

    /// <summary>"***-**-1234": the only text form there is.</summary>
    public override string ToString() => Mask + LastFour;

    // Span checks rather than LINQ over the characters: every patient an answer carries is parsed, so this runs per row.
    private static bool IsFullSsn(string value) =>
        (value.Length == 9 && AreDigits(value))
        || (value.Length == 11 && value[3] == '-' && value[6] == '-'
            && AreDigits(value.AsSpan(0, 3)) && AreDigits(value.AsSpan(4, 2)) && AreDigits(value.AsSpan(7)));

    private static bool IsMaskedSsn(string value) =>
        value.Length == 11 && value[3] == '-' && value[6] == '-'
        && IsMask(value.AsSpan(0, 3)) && IsMask(value.AsSpan(4, 2)) && AreDigits(value.AsSpan(7));

    private static bool AreDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static bool IsMask(ReadOnlySpan<char> text) => !text.ContainsAnyExcept('*', 'X', 'x');
}
