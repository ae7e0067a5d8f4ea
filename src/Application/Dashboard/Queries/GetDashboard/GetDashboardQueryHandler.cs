using MediatR;
using Portal.Application.Common.Sections;
using Portal.Application.Dashboard.Ports;
using Portal.Domain.Dashboard;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

/// <summary>Asks every source at once, so the page waits for the slowest source rather than for their sum.</summary>
internal sealed class GetDashboardQueryHandler(IPracticeDashboard practice) : IRequestHandler<GetDashboardQuery, DashboardView>
{
    public async Task<DashboardView> Handle(GetDashboardQuery request, CancellationToken cancellationToken)
    {
        var scope = request.Access.ToScope();
        var stats = Section<DashboardStats>.LoadAsync(
            "practice statistics", () => practice.GetStatsAsync(scope, cancellationToken));
        var activity = Section<IReadOnlyList<Activity>>.LoadAsync(
            "recent activity", () => practice.GetRecentActivityAsync(scope, cancellationToken));
        var alerts = Section<IReadOnlyList<Alert>>.LoadAsync(
            "alerts", () => practice.GetAlertsAsync(scope, cancellationToken));

        await Task.WhenAll(stats, activity, alerts).ConfigureAwait(false);
        return new DashboardView
        {
            Stats = await stats.ConfigureAwait(false),
            RecentActivity = await activity.ConfigureAwait(false),
            Alerts = await alerts.ConfigureAwait(false),
        };
    }
}
