using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Sections;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Services.Ports;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Dashboard;
using Portal.Domain.Services;
using Portal.Domain.Tickets;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

/// <summary>
/// Asks every source at once — the HTPI practice dashboard and the Platform's billing, ticket and service summaries — so
/// the page waits for the slowest source rather than for their sum.
/// </summary>
internal sealed class GetDashboardQueryHandler(
    IPracticeDashboard practice,
    IBillingLedger billing,
    ISupportDesk support,
    IServiceCatalog services) : IRequestHandler<GetDashboardQuery, DashboardView>
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
        var invoices = Section<BillingSummary>.LoadAsync(
            "billing", () => billing.GetSummaryAsync(scope, cancellationToken));
        var tickets = Section<TicketsSummary>.LoadAsync(
            "support tickets", () => support.GetSummaryAsync(scope, cancellationToken));
        var catalog = Section<ServicesSummary>.LoadAsync(
            "services", () => services.GetSummaryAsync(scope, cancellationToken));

        await Task.WhenAll(stats, activity, alerts, invoices, tickets, catalog).ConfigureAwait(false);
        return new DashboardView
        {
            Stats = await stats.ConfigureAwait(false),
            RecentActivity = await activity.ConfigureAwait(false),
            Alerts = await alerts.ConfigureAwait(false),
            Billing = await invoices.ConfigureAwait(false),
            Tickets = await tickets.ConfigureAwait(false),
            Services = await catalog.ConfigureAwait(false),
        };
    }
}
