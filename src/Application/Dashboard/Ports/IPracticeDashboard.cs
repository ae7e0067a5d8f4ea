using Portal.Domain.Dashboard;
using Portal.Domain.Identity;

namespace Portal.Application.Dashboard.Ports;

/// <summary>A practice's overview: headline numbers, recent activity and alerts. Each is asked for on its own, so one failing does not take the others down.</summary>
public interface IPracticeDashboard
{
    Task<DashboardStats> GetStatsAsync(TenantScope scope, CancellationToken cancellationToken);

    /// <summary>The most recent entries first.</summary>
    Task<IReadOnlyList<Activity>> GetRecentActivityAsync(TenantScope scope, CancellationToken cancellationToken);

    Task<IReadOnlyList<Alert>> GetAlertsAsync(TenantScope scope, CancellationToken cancellationToken);
}
