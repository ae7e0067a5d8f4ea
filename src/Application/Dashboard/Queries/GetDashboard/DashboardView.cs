using Portal.Application.Common.Sections;
using Portal.Domain.Billing;
using Portal.Domain.Dashboard;
using Portal.Domain.Services;
using Portal.Domain.Tickets;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

/// <summary>A tenant's dashboard: one property per part, each available or marked unavailable on its own.</summary>
public sealed record DashboardView
{
    public required Section<DashboardStats> Stats { get; init; }

    public required Section<IReadOnlyList<Activity>> RecentActivity { get; init; }

    public required Section<IReadOnlyList<Alert>> Alerts { get; init; }

    public required Section<BillingSummary> Billing { get; init; }

    public required Section<TicketsSummary> Tickets { get; init; }

    public required Section<ServicesSummary> Services { get; init; }
}
