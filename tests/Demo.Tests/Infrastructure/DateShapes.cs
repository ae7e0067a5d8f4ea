namespace Portal.Demo.Tests.Infrastructure;

/// <summary>The date-time styles of platform-api.md §2.3 and the HTPI services, as patterns.</summary>
internal static class DateShapes
{
    /// <summary>Europe/Bucharest local time: +02:00 in winter, +03:00 in summer.</summary>
    public const string Bucharest = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?\+0[23]:00$";

    public const string Utc = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?\+00:00$";

    public const string Zulu = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$";

    public const string DateOnly = @"^\d{4}-\d{2}-\d{2}$";

    /// <summary>The public HTPI services' <c>utcnow().isoformat()</c>: no zone at all.</summary>
    public const string ZoneLess = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$";
}
