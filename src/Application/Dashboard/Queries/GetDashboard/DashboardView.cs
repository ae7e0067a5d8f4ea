using Portal.Application.Common.Sections;
using Portal.Domain.Billing;
using Portal.Domain.Dashboard;
using Portal.Domain.Services;
using Portal.Domain.Tickets;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

/// <summary>
/// A tenant's dashboard: one property per part, each available or marked unavailable on its own. A part is null (absent,
/// no card at all) when Portal runs without its backend, or, for the Platform's parts, when the tenant or the user has no
/// Platform link: there is nothing to show, which is not the same as a backend that failed.
/// </summary>
public sealed record DashboardView
{
    public Section<DashboardStats>? Stats { get; init; }

    public Section<IReadOnlyList<Activity>>? RecentActivity { get; init; }

    public Section<IReadOnlyList<Alert>>? Alerts { get; init; }

    public Section<BillingSummary>? Billing { get; init; }

    public Section<TicketsSummary>? Tickets { get; init; }

    public Section<ServicesSummary>? Services { get; init; }
}
