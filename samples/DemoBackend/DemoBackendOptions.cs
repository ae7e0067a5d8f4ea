using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Portal.Demo.Backend;

/// <summary>How the demo backend runs; <see cref="FromConfiguration"/> reads it from the environment and the command line.</summary>
public sealed record DemoBackendOptions
{
    public const string NatsUrlKey = "NATS_URL";
    public const string PlatformPortKey = "DEMO_PLATFORM_PORT";
    public const string PlatformApiSecretKey = "PLATFORM_API_SECRET";
    public const string PortalIdKey = "PORTAL_ID";
    public const string BroadcastIntervalKey = "DEMO_BROADCAST_INTERVAL";
    public const string ServeKey = "DEMO_SERVE";
    public const string HtpiReplicasKey = "DEMO_HTPI_REPLICAS";
    public const string PlatformRateLimitKey = "DEMO_PLATFORM_RATE_LIMIT";
    public const int MaxHtpiReplicas = 2;

    /// <summary>The secret Portal's demo configuration uses too; at least 32 characters, like Portal requires.</summary>
    public const string DefaultPlatformApiSecret = "demo-platform-secret-0123456789abcdef";
    public const string DefaultPortalId = "portal-demo";
    public const int MinimumSecretLength = 32;

    /// <summary>The NATS server(s) to serve HTPI on; needed unless only the Platform API is served.</summary>
    public string? NatsUrl { get; init; }

    /// <summary>
    /// Which side to serve. Null (the default) keeps the old rule: both when <see cref="NatsUrl"/> is set, else the
    /// Platform API alone.
    /// </summary>
    public DemoServe? Serve { get; init; }

    /// <summary>
    /// How many answers each public HTPI service sends per request: 2 plays a second replica of the services without a
    /// queue group, as a deployment of the public services does (htpi-nats-contract.md).
    /// </summary>
    public int HtpiReplicas { get; init; } = 1;

    /// <summary>Signed Platform requests allowed per 60 s per portal id (the Platform's per-portal limit); 0 = no limit.</summary>
    public int PlatformRateLimit { get; init; }

    /// <summary>What is actually served: <see cref="Serve"/>, or the default rule when it is not set.</summary>
    public DemoServe EffectiveServe => Serve ?? (NatsUrl is null ? DemoServe.Platform : DemoServe.Both);

    /// <summary>The loopback port of the Platform API; 0 takes any free port.</summary>
    public int PlatformPort { get; init; }

    public string PlatformApiSecret { get; init; } = DefaultPlatformApiSecret;

    /// <summary>
    /// The portal id the demo's scripts give Portal. The Platform accepts any non-empty portal id (it scopes nonces and
    /// rate limits, and is not tied to the secret), so this is only a default for callers, never checked.
    /// </summary>
    public string PortalId { get; init; } = DefaultPortalId;

    /// <summary>How often a live broadcast goes out; zero turns them off.</summary>
    public TimeSpan BroadcastInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The day the seeded data is built around; today (UTC) when null.</summary>
    public DateOnly? SeedDate { get; init; }

    /// <summary>Warnings and errors to the console (the console program); the tests keep quiet.</summary>
    public bool LogToConsole { get; init; }

    /// <summary>
    /// Reads <c>NATS_URL</c>, <c>DEMO_PLATFORM_PORT</c>, <c>PLATFORM_API_SECRET</c>, <c>PORTAL_ID</c>,
    /// <c>DEMO_BROADCAST_INTERVAL</c> (seconds), <c>DEMO_SERVE</c> (both, htpi, platform), <c>DEMO_HTPI_REPLICAS</c> and
    /// <c>DEMO_PLATFORM_RATE_LIMIT</c> from the environment, overridden by <c>--nats-url</c>, <c>--platform-port</c>,
    /// <c>--platform-api-secret</c>, <c>--portal-id</c>, <c>--broadcast-interval</c>, <c>--serve</c>,
    /// <c>--htpi-replicas</c> and <c>--platform-rate-limit</c>.
    /// </summary>
    public static DemoBackendOptions FromConfiguration(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args, new Dictionary<string, string>
            {
                ["--nats-url"] = NatsUrlKey,
                ["--platform-port"] = PlatformPortKey,
                ["--platform-api-secret"] = PlatformApiSecretKey,
                ["--portal-id"] = PortalIdKey,
                ["--broadcast-interval"] = BroadcastIntervalKey,
                ["--serve"] = ServeKey,
                ["--htpi-replicas"] = HtpiReplicasKey,
                ["--platform-rate-limit"] = PlatformRateLimitKey,
            })
            .Build();
        var defaults = new DemoBackendOptions();
        return new DemoBackendOptions
        {
            NatsUrl = Present(configuration[NatsUrlKey]),
            PlatformPort = Present(configuration[PlatformPortKey]) is { } port
                ? ParseInt(port, PlatformPortKey, 0, 65_535)
                : 0,
            PlatformApiSecret = Present(configuration[PlatformApiSecretKey]) ?? defaults.PlatformApiSecret,
            PortalId = Present(configuration[PortalIdKey]) ?? defaults.PortalId,
            BroadcastInterval = Present(configuration[BroadcastIntervalKey]) is { } seconds
                ? TimeSpan.FromSeconds(ParseSeconds(seconds))
                : defaults.BroadcastInterval,
            Serve = Present(configuration[ServeKey]) is { } serve ? ParseServe(serve) : null,
            HtpiReplicas = Present(configuration[HtpiReplicasKey]) is { } replicas
                ? ParseInt(replicas, HtpiReplicasKey, 1, MaxHtpiReplicas)
                : defaults.HtpiReplicas,
            PlatformRateLimit = Present(configuration[PlatformRateLimitKey]) is { } limit
                ? ParseInt(limit, PlatformRateLimitKey, 0, int.MaxValue)
                : defaults.PlatformRateLimit,
            LogToConsole = true,
        };
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the setting to fix.</summary>
    public void Validate()
    {
        if (PlatformApiSecret.Length < MinimumSecretLength)
        {
            throw new ArgumentException($"{PlatformApiSecretKey} must be at least {MinimumSecretLength} characters long.");
        }

        if (string.IsNullOrWhiteSpace(PortalId))
        {
            throw new ArgumentException($"{PortalIdKey} must not be empty.");
        }

        if (PlatformPort is < 0 or > 65_535)
        {
            throw new ArgumentException($"{PlatformPortKey} must be between 0 and 65535.");
        }

        if (BroadcastInterval < TimeSpan.Zero)
        {
            throw new ArgumentException($"{BroadcastIntervalKey} must not be negative.");
        }

        if (EffectiveServe != DemoServe.Platform && NatsUrl is null)
        {
            throw new ArgumentException($"{ServeKey}={EffectiveServe.ToString().ToLowerInvariant()} needs {NatsUrlKey}: the HTPI services answer over NATS.");
        }

        if (HtpiReplicas is < 1 or > MaxHtpiReplicas)
        {
            throw new ArgumentException($"{HtpiReplicasKey} must be 1 or {MaxHtpiReplicas}.");
        }

        if (PlatformRateLimit < 0)
        {
            throw new ArgumentException($"{PlatformRateLimitKey} must not be negative.");
        }
    }

    private static DemoServe ParseServe(string value) => value.ToLowerInvariant() switch
    {
        "both" => DemoServe.Both,
        "htpi" => DemoServe.Htpi,
        "platform" => DemoServe.Platform,
        _ => throw new ArgumentException($"{ServeKey} must be both, htpi or platform."),
    };

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int ParseInt(string value, string key, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw new ArgumentException($"{key} must be a whole number from {min} to {max}.");

    private static double ParseSeconds(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 86_400
            ? seconds
            : throw new ArgumentException($"{BroadcastIntervalKey} must be a number of seconds from 0 to 86400.");
}
