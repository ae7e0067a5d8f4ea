namespace Portal.Domain.Identity;

/// <summary>
/// The deliberately plain shape of an e-mail address Portal accepts: one '@' between a non-empty local part and a
/// dotted domain, no whitespace, at most <see cref="MaxLength"/> characters (the SMTP path limit). The backend owns
/// whether the address is real.
/// </summary>
public static class EmailAddressFormat
{
    public const int MaxLength = 254;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at < 1 || at != value.LastIndexOf('@'))
        {
            return false;
        }

        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal);
    }
}
