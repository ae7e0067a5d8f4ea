using System.Diagnostics.CodeAnalysis;

namespace Portal.Domain.Profile;

/// <summary>
/// IANA time zone names (<c>Europe/Bucharest</c>) as the machine's time zone database knows them. A Windows name the
/// runtime would also accept (<c>Eastern Standard Time</c>) is not one: the Platform and browsers speak IANA.
/// </summary>
public static class TimeZoneNames
{
    /// <summary>The longest name kept; the IANA database's longest is about 30 characters.</summary>
    public const int MaxLength = 64;

    public static bool IsValid(string? name) => TryFind(name, out _);

    /// <summary>The zone named <paramref name="name"/>, when it is a known IANA name.</summary>
    public static bool TryFind(string? name, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxLength || name.Trim().Length != name.Length)
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }
}
