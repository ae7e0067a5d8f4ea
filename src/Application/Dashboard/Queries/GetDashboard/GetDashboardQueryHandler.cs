using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Sections;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Services.Ports;
using Portal.Application.Tickets.Ports;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

/// <summary>
/// Asks every source at once — the HTPI practice dashboard and the Platform's billing, ticket and service summaries — so
/// the page waits for the slowest source rather than for their sum. Each source is optional: Portal registers only the
/// ports of the backends it is configured with, and a source that is not there, or a Platform source for a tenant or user
/// without a Platform link, is not asked and its part is absent. A dashboard left with no source at all (the Platform
/// alone, and a tenant id that is no Platform customer's) is not found: no backend vouched for the tenant.
/// </summary>
internal sealed class GetDashboardQueryHandler(
    IPracticeDashboard? practice = null,
    IBillingLedger? billing = null,
    ISupportDesk? support = null,
    IServiceCatalog? services = null) : IRequestHandler<GetDashboardQuery, DashboardView>
{
    public async Task<DashboardView> Handle(GetDashboardQuery request, CancellationToken cancellationToken)
    {
        var scope = request.Access.ToScope();
        var linked = scope.Platform is not null;
        if (practice is null && !linked)
        {
            throw new NotFoundException("tenant");
        }

        // Beside the practice's own dashboard, which answers for the tenant, the Platform's "not found" (a suspended
        // customer, a membership ended) costs only its cards; with the Platform alone it is the page's.
        var besidePractice = practice is not null;
        var stats = LoadIf(practice, "practice statistics", beside: false, source => source.GetStatsAsync(scope, cancellationToken));
        var activity = LoadIf(practice, "recent activity", beside: false, source => source.GetRecentActivityAsync(scope, cancellationToken));
        var alerts = LoadIf(practice, "alerts", beside: false, source => source.GetAlertsAsync(scope, cancellationToken));
        var invoices = LoadIf(linked ? billing : null, "billing", beside: besidePractice, source => source.GetSummaryAsync(scope, cancellationToken));
        var tickets = LoadIf(linked ? support : null, "support tickets", beside: besidePractice, source => source.GetSummaryAsync(scope, cancellationToken));
        var catalog = LoadIf(linked ? services : null, "services", beside: besidePractice, source => source.GetSummaryAsync(scope, cancellationToken));

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

    private static async Task<Section<T>?> LoadIf<TSource, T>(TSource? source, string area, bool beside, Func<TSource, Task<T>> load)
        where TSource : class =>
        source is null ? null
        : beside ? await Section<T>.LoadBesideAsync(area, () => load(source)).ConfigureAwait(false)
        : await Section<T>.LoadAsync(area, () => load(source)).ConfigureAwait(false);
}
