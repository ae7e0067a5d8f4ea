using System.Globalization;
using System.Text;

namespace Portal.Web.Downloads;

/// <summary>
/// Makes a backend's (or an uploader's) file name safe to offer: the last path segment only, without control, format
/// (bidirectional overrides that disguise an extension) or quote characters, without leading or trailing dots and
/// spaces, at most <see cref="MaxLength"/> characters; a name with nothing left becomes the fallback.
/// </summary>
public static class DownloadFileName
{
    public const int MaxLength = 150;

    public static string Sanitise(string? name, string fallback)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fallback);
        if (string.IsNullOrWhiteSpace(name))
        {
            return fallback;
        }

        var lastSegment = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(lastSegment.Length);
        foreach (var c in lastSegment)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || c is '"' or '\'' or '`' or ':' or '*' or '?' or '<' or '>' or '|')
            {
                continue;
            }

            kept.Append(c);
        }

        var trimmed = kept.ToString().Trim(' ', '.');
        if (trimmed.Length > MaxLength)
        {
            // Keep the extension: it is what the user's system opens the file with.
            var extension = Path.GetExtension(trimmed);
            extension = extension.Length is > 1 and <= 16 ? extension : string.Empty;
            trimmed = trimmed[..(MaxLength - extension.Length)].TrimEnd(' ', '.') + extension;
        }

        return trimmed.Length == 0 ? fallback : trimmed;
    }
}
