using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Health;

/// <summary>Ready while the NATS connection is up: without it Portal cannot render a page, so traffic should go elsewhere.</summary>
internal sealed class NatsReadinessCheck(IMessageBus bus) : IHealthCheck
{
    /// <summary>
    /// The tag Web's <c>/readyz</c> selects (Portal.Web.DependencyInjection.ReadinessTag): the same literal on both
    /// sides, because Web may not see adapter internals and the adapter may not reference Web.
    /// </summary>
    public const string ReadinessTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bus.IsConnected ? HealthCheckResult.Healthy("NATS connected") : HealthCheckResult.Unhealthy("NATS disconnected"));
}
