using System.Diagnostics;

namespace Portal.Application.Common.Telemetry;

/// <summary>
/// The spans of Application's requests (one per MediatR request, see <c>TracingBehavior</c>). Only the BCL's
/// <see cref="ActivitySource"/>: the composition root decides whether anything listens and where spans go.
/// </summary>
public static class ApplicationTelemetry
{
    /// <summary>The activity source's name, for a tracer provider to listen to.</summary>
    public const string Name = "Portal.Application";

    internal static readonly ActivitySource Source = new(Name);
}
