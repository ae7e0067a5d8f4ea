using System.Diagnostics.Metrics;

namespace Portal.Web.Telemetry;

/// <summary>Web's own metrics; an instrument nobody listens to is not enabled and records nothing.</summary>
public static class WebTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string Name = "Portal.Web";

    public const string OpenLiveStreamsName = "portal.live.streams.open";

    private static readonly Meter Meter = new(Name);

    /// <summary>Live update streams open on this instance: one up when a stream has started, one down when it ends.</summary>
    public static UpDownCounter<int> OpenLiveStreams { get; } =
        Meter.CreateUpDownCounter<int>(OpenLiveStreamsName, unit: "{stream}", description: "Live update streams open on this instance.");
}
