namespace Portal.Web.Configuration;

/// <summary>Web's settings, read from the environment names the deployment uses (PORT, SECRET_KEY, ENV).</summary>
public sealed class WebOptions
{
    public const int MinSecretKeyLength = 32;
    public const int DefaultPort = 8080;
    public const string HtpiIdentity = "htpi";
    public const string PlatformIdentity = "platform";

    /// <summary>PORT: the TCP port Kestrel listens on; null when the value is not a number.</summary>
    public int? Port { get; set; } = DefaultPort;

    /// <summary>SECRET_KEY: the root of every MAC key (sign-in cookie, CSRF tokens); shared by all instances.</summary>
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>ENV: "production" or "development".</summary>
    public string Environment { get; set; } = "production";

    /// <summary>IDENTITY_BACKEND: who signs users in and lists their tenants, "htpi" (over NATS) or "platform" (over HTTP).</summary>
    public string IdentityBackend { get; set; } = HtpiIdentity;

    /// <summary>LIVE_REVERIFY_SECONDS: how often an open live-update stream asks whether its token is still good.</summary>
    public int? LiveReverifySeconds { get; set; } = 60;

    /// <summary>The identity backend IDENTITY_BACKEND names: "platform" means the Platform, anything else HTPI (and anything unknown fails validation).</summary>
    public static bool UsesPlatformIdentity(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Equals(configuration[Configuration.WebOptionsSetup.IdentityBackendKey]?.Trim(), PlatformIdentity, StringComparison.OrdinalIgnoreCase);
    }

    public bool IsDevelopment => string.Equals(Environment, "development", StringComparison.OrdinalIgnoreCase);

    public TimeSpan LiveReverifyInterval => TimeSpan.FromSeconds(LiveReverifySeconds ?? 60);
}
