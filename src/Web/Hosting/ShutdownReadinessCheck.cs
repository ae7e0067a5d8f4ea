using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Web.Hosting;

/// <summary>Part of /readyz: unhealthy from the moment Portal begins to stop, so the load balancer sends it nothing new.</summary>
internal sealed class ShutdownReadinessCheck(ShutdownDrain drain) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(drain.IsStopping ? HealthCheckResult.Unhealthy("Portal is shutting down.") : HealthCheckResult.Healthy());
}
