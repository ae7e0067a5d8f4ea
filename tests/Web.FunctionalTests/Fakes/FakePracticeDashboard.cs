using Portal.Application.Dashboard.Ports;
using Portal.Domain.Dashboard;
using Portal.Domain.Identity;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Sample numbers, activity and alerts; <see cref="Failure"/> fails all three.</summary>
internal sealed class FakePracticeDashboard : IPracticeDashboard
{
    public Exception? Failure { get; set; }

    public Task<DashboardStats> GetStatsAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Failure is null ? Task.FromResult(Samples.Stats()) : Task.FromException<DashboardStats>(Failure);

    public Task<IReadOnlyList<Activity>> GetRecentActivityAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Failure is null ? Task.FromResult<IReadOnlyList<Activity>>([Samples.Activity()]) : Task.FromException<IReadOnlyList<Activity>>(Failure);

    public Task<IReadOnlyList<Alert>> GetAlertsAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Failure is null ? Task.FromResult<IReadOnlyList<Alert>>([Samples.Alert()]) : Task.FromException<IReadOnlyList<Alert>>(Failure);
}
