using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Dashboard;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Dashboard.Ports;
using Portal.Domain.Dashboard;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Dashboard;

/// <summary>The dashboard's three parts over <c>htpi.dashboard.get.stats</c>, <c>.get.activity</c> and <c>.get.alerts</c>.</summary>
internal sealed class NatsPracticeDashboard(HtpiRequester requester) : IPracticeDashboard
{
    public Task<DashboardStats> GetStatsAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return requester.RequestAsync(
            HtpiOperations.DashboardStats,
            stamp => new DashboardRequest(stamp, scope),
            HtpiRequestJsonContext.Default.DashboardRequest,
            HtpiJsonContext.Default.DashboardStatsAnswer,
            answer => DashboardMapper.ToStats(answer, scope.TenantId),
            cancellationToken);
    }

    public Task<IReadOnlyList<Activity>> GetRecentActivityAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return requester.RequestAsync(
            HtpiOperations.DashboardActivity,
            stamp => new DashboardRequest(stamp, scope),
            HtpiRequestJsonContext.Default.DashboardRequest,
            HtpiJsonContext.Default.ActivityAnswer,
            answer => DashboardMapper.ToActivities(answer, scope.TenantId),
            cancellationToken);
    }

    public Task<IReadOnlyList<Alert>> GetAlertsAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return requester.RequestAsync(
            HtpiOperations.DashboardAlerts,
            stamp => new DashboardRequest(stamp, scope),
            HtpiRequestJsonContext.Default.DashboardRequest,
            HtpiJsonContext.Default.AlertsAnswer,
            answer => DashboardMapper.ToAlerts(answer, scope.TenantId),
            cancellationToken);
    }
}
