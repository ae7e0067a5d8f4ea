using System.Diagnostics;

namespace Portal.Adapters.Http.Platform.Telemetry;

/// <summary>
/// The names under which the Platform adapter's spans (one client span per call, around its attempts, whose HTTP
/// requests carry the trace context) and metrics (<see cref="PlatformMetrics"/>) are published. Nothing is started or
/// recorded unless a listener asks for these names.
/// </summary>
public static class PlatformTelemetry
{
    /// <summary>The activity source's and the meter's name.</summary>
    public const string Name = "Portal.Adapters.Http";

    /// <summary>The value of the <c>backend</c> tag on this adapter's calls.</summary>
    public const string Backend = "platform";

    internal static readonly ActivitySource Source = new(Name);
}
