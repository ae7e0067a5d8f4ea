using Portal.Application.Dashboard.Ports;
using Portal.Domain.Dashboard;
using Portal.Domain.Identity;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>Answers each dashboard source with sample data; a test replaces a source to fail it or hold it.</summary>
internal sealed class FakePracticeDashboard : IPracticeDashboard
{
    public Func<TenantScope, Task<DashboardStats>> Stats { get; set; } = _ => Task.FromResult(Samples.Stats());

    public Func<TenantScope, Task<IReadOnlyList<Activity>>> RecentActivity { get; set; } =
        _ => Task.FromResult<IReadOnlyList<Activity>>([Samples.Activity()]);

    public Func<TenantScope, Task<IReadOnlyList<Alert>>> Alerts { get; set; } =
        _ => Task.FromResult<IReadOnlyList<Alert>>([Samples.Alert()]);

    public Task<DashboardStats> GetStatsAsync(TenantScope scope, CancellationToken cancellationToken) => Stats(scope);

    public Task<IReadOnlyList<Activity>> GetRecentActivityAsync(TenantScope scope, CancellationToken cancellationToken) =>
        RecentActivity(scope);

    public Task<IReadOnlyList<Alert>> GetAlertsAsync(TenantScope scope, CancellationToken cancellationToken) => Alerts(scope);
}
