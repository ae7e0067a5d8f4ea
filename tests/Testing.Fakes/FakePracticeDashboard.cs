using Portal.Application.Dashboard.Ports;
using Portal.Domain.Common;
using Portal.Domain.Dashboard;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// The practice's numbers, recent activity and alerts a test sets (nothing happened yet until then); each source's answer
/// can be replaced, to fail it or to hold it, while the others still answer.
/// </summary>
public sealed class FakePracticeDashboard : FakeTenantPort, IPracticeDashboard
{
    public DashboardStats Stats { get; set; } = new(
        new PatientCounts(0, 0, 0),
        new ClaimCounts(0, 0, 0, 0, PracticeMoney.FromCents(0)),
        new EncounterCounts(0, 0, 0),
        new InsuranceCounts(0, 0, 0));

    public IReadOnlyList<Activity> RecentActivity { get; set; } = [];

    public IReadOnlyList<Alert> Alerts { get; set; } = [];

    public Func<TenantScope, Task<DashboardStats>>? StatsAnswer { get; set; }

    public Func<TenantScope, Task<IReadOnlyList<Activity>>>? RecentActivityAnswer { get; set; }

    public Func<TenantScope, Task<IReadOnlyList<Alert>>>? AlertsAnswer { get; set; }

    public Task<DashboardStats> GetStatsAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => StatsAnswer?.Invoke(scope) ?? Task.FromResult(Stats));

    public Task<IReadOnlyList<Activity>> GetRecentActivityAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => RecentActivityAnswer?.Invoke(scope) ?? Task.FromResult(RecentActivity));

    public Task<IReadOnlyList<Alert>> GetAlertsAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => AlertsAnswer?.Invoke(scope) ?? Task.FromResult(Alerts));
}
