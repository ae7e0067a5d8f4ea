namespace Portal.Web.Configuration;

/// <summary>
/// Which backends this Portal runs with, decided by which of their URLs are set: <c>NATS_URL</c> brings the HTPI areas
/// (dashboard numbers, activity and alerts, patients, insurance, claims, encounters, live updates) and HTPI signs users
/// in; <c>PLATFORM_API_URL</c> brings the Platform areas (billing, services, support). With the Platform alone, the
/// Platform signs users in and the tenants are its customers. At least one is required. Only the configured backends'
/// adapters are registered, and navigation, routes, the dashboard and <c>/readyz</c> offer only their areas.
/// </summary>
public sealed record BackendModes(bool Htpi, bool Platform)
{
    public const string NatsUrlKey = "NATS_URL";
    public const string PlatformApiUrlKey = "PLATFORM_API_URL";

    /// <summary>What the start says when neither backend is configured.</summary>
    public const string NeitherConfigured =
        $"set {NatsUrlKey} (the HTPI services), {PlatformApiUrlKey} (the Platform) or both; neither is set.";

    public static BackendModes Both { get; } = new(Htpi: true, Platform: true);

    /// <summary>The Platform alone: it signs users in, and each tenant is a Platform customer whose id is the tenant id.</summary>
    public bool PlatformOnly => Platform && !Htpi;

    public bool Any => Htpi || Platform;

    public static BackendModes From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(
            Htpi: !string.IsNullOrWhiteSpace(configuration[NatsUrlKey]),
            Platform: !string.IsNullOrWhiteSpace(configuration[PlatformApiUrlKey]));
    }
}
