namespace Portal.Web.Pages.Account;

/// <summary>
/// The time zones the profile form offers: every IANA zone this machine's database knows (the Debian image has tzdata),
/// by name. Read once: the database does not change while Portal runs.
/// </summary>
public static class TimeZoneChoices
{
    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(zone => zone.HasIanaId)
        .Select(zone => zone.Id)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
