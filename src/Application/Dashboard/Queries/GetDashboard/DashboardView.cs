using Portal.Application.Common.Sections;
using Portal.Domain.Dashboard;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

/// <summary>A tenant's dashboard: one property per part, each available or marked unavailable on its own.</summary>
public sealed record DashboardView
{
    public required Section<DashboardStats> Stats { get; init; }

    public required Section<IReadOnlyList<Activity>> RecentActivity { get; init; }

    public required Section<IReadOnlyList<Alert>> Alerts { get; init; }
}
