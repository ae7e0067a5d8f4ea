namespace Portal.Domain.Common;

/// <summary>
/// The one rule every backend identifier obeys. Ids travel inside NATS subjects and Platform
/// bodies, so they may hold no dots, spaces or wildcards.
/// </summary>
public static class Identifier
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Require(string? value, string kind)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"{kind} must be 1 to {MaxLength} characters of letters, digits, '-' or '_'.", nameof(value));
        }

        return value!;
    }
}
