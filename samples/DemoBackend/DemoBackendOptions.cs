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

    /// <summary>The secret Portal's demo configuration uses too; at least 32 characters, like Portal requires.</summary>
    public const string DefaultPlatformApiSecret = "demo-platform-secret-0123456789abcdef";
    public const string DefaultPortalId = "portal-demo";
    public const int MinimumSecretLength = 32;

    /// <summary>The NATS server(s) to serve HTPI on; null serves only the Platform API.</summary>
    public string? NatsUrl { get; init; }

    /// <summary>The loopback port of the Platform API; 0 takes any free port.</summary>
    public int PlatformPort { get; init; }

    public string PlatformApiSecret { get; init; } = DefaultPlatformApiSecret;

    public string PortalId { get; init; } = DefaultPortalId;

    /// <summary>How often a live broadcast goes out; zero turns them off.</summary>
    public TimeSpan BroadcastInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The day the seeded data is built around; today (UTC) when null.</summary>
    public DateOnly? SeedDate { get; init; }

    /// <summary>Warnings and errors to the console (the console program); the tests keep quiet.</summary>
    public bool LogToConsole { get; init; }

    /// <summary>
    /// Reads <c>NATS_URL</c>, <c>DEMO_PLATFORM_PORT</c>, <c>PLATFORM_API_SECRET</c>, <c>PORTAL_ID</c> and
    /// <c>DEMO_BROADCAST_INTERVAL</c> (seconds) from the environment, overridden by <c>--nats-url</c>,
    /// <c>--platform-port</c>, <c>--platform-api-secret</c>, <c>--portal-id</c> and <c>--broadcast-interval</c>.
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
    }

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
