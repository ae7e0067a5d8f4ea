using System.Diagnostics;

namespace Portal.Adapters.Nats.Telemetry;

/// <summary>
/// The names under which the HTPI adapter's spans (one client span per request, named after its subject) and metrics
/// (<see cref="HtpiMetrics"/>) are published. Nothing is started or recorded unless a listener asks for these names.
/// </summary>
public static class HtpiTelemetry
{
    /// <summary>The activity source's and the meter's name.</summary>
    public const string Name = "Portal.Adapters.Nats";

    /// <summary>The value of the <c>backend</c> tag on this adapter's calls.</summary>
    public const string Backend = "htpi";

    internal static readonly ActivitySource Source = new(Name);
}
