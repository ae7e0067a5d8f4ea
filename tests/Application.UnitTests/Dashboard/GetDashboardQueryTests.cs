using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Queries.GetDashboard;
using Portal.Testing.Fakes;
using Portal.Domain.Billing;
using Portal.Domain.Dashboard;
using Portal.Domain.Services;
using Portal.Domain.Tickets;

namespace Portal.Application.UnitTests.Dashboard;

public sealed class GetDashboardQueryTests
{
    private readonly FakePracticeDashboard practice = SeededFakes.Dashboard();
    private readonly FakeBillingLedger billing = new();
    private readonly FakeSupportDesk support = new();
    private readonly FakeServiceCatalog services = new();

    private Task<DashboardView> Get() =>
        new GetDashboardQueryHandler(practice, billing, support, services)
            .Handle(new GetDashboardQuery(Samples.Access), CancellationToken.None);

    [Fact]
    public async Task All_parts_are_available_when_every_source_answers()
    {
        var view = await Get();

        Assert.Equal(Samples.Stats(), view.Stats!.Value);
        Assert.Equal([Samples.Activity()], view.RecentActivity!.Value);
        Assert.Equal([Samples.Alert()], view.Alerts!.Value);
        Assert.Equal(billing.Summary, view.Billing!.Value);
        Assert.Equal(support.Summary, view.Tickets!.Value);
        Assert.Equal(services.Summary, view.Services!.Value);
    }

    [Fact]
    public async Task A_platform_that_is_down_marks_its_three_cards_unavailable_and_the_practice_parts_still_render()
    {
        var down = new BackendUnavailableException("billing", "circuit open");
        billing.SummaryAnswer = () => Task.FromException<BillingSummary>(down);
        support.SummaryAnswer = () => Task.FromException<TicketsSummary>(down);
        services.SummaryAnswer = () => Task.FromException<ServicesSummary>(down);

        var view = await Get();

        Assert.Equal("billing", view.Billing!.UnavailableArea);
        Assert.Equal("support tickets", view.Tickets!.UnavailableArea);
        Assert.Equal("services", view.Services!.UnavailableArea);
        Assert.True(view.Stats!.IsAvailable && view.RecentActivity!.IsAvailable && view.Alerts!.IsAvailable);
    }

    [Fact]
    public async Task Failing_stats_mark_only_the_stats_unavailable()
    {
        practice.StatsAnswer = _ => Task.FromException<DashboardStats>(new BackendUnavailableException("dashboard", "timeout"));

        var view = await Get();

        Assert.False(view.Stats!.IsAvailable);
        Assert.Equal("practice statistics", view.Stats!.UnavailableArea);
        Assert.True(view.RecentActivity!.IsAvailable);
        Assert.True(view.Alerts!.IsAvailable);
    }

    [Fact]
    public async Task Failing_activity_marks_only_the_activity_unavailable()
    {
        practice.RecentActivityAnswer = _ => Task.FromException<IReadOnlyList<Activity>>(new BackendUnavailableException("dashboard", "no responders"));

        var view = await Get();

        Assert.True(view.Stats!.IsAvailable);
        Assert.Equal("recent activity", view.RecentActivity!.UnavailableArea);
        Assert.True(view.Alerts!.IsAvailable);
    }

    [Fact]
    public async Task Refused_alerts_mark_only_the_alerts_unavailable()
    {
        practice.AlertsAnswer = _ => Task.FromException<IReadOnlyList<Alert>>(new RequestRejectedException("alerts are switched off"));

        var view = await Get();

        Assert.True(view.Stats!.IsAvailable);
        Assert.True(view.RecentActivity!.IsAvailable);
        Assert.Equal("alerts", view.Alerts!.UnavailableArea);
    }

    [Fact]
    public async Task A_source_that_refuses_the_token_marks_its_own_card_only()
    {
        practice.AlertsAnswer = _ => Task.FromException<IReadOnlyList<Alert>>(new NotAuthenticatedException("token refused"));

        var view = await Get();

        Assert.Equal("alerts", view.Alerts!.UnavailableArea);
        Assert.True(view.Stats!.IsAvailable);
    }

    [Fact]
    public async Task Every_source_is_asked_with_the_callers_scope()
    {
        var scopes = new List<Domain.Identity.TenantScope>();
        practice.StatsAnswer = scope =>
        {
            scopes.Add(scope);
            return Task.FromResult(Samples.Stats());
        };

        await Get();

        Assert.Equal([Samples.Access.ToScope()], scopes);
    }

    [Fact]
    public async Task Every_source_is_asked_at_once()
    {
        var statsStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var activityStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var alertsStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var billingStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ticketsStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var servicesStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allStarted = Task.WhenAll(
            statsStarted.Task, activityStarted.Task, alertsStarted.Task,
            billingStarted.Task, ticketsStarted.Task, servicesStarted.Task);
        billing.SummaryAnswer = async () =>
        {
            billingStarted.SetResult();
            await allStarted;
            return billing.Summary;
        };
        support.SummaryAnswer = async () =>
        {
            ticketsStarted.SetResult();
            await allStarted;
            return support.Summary;
        };
        services.SummaryAnswer = async () =>
        {
            servicesStarted.SetResult();
            await allStarted;
            return services.Summary;
        };

        // No source answers before all three were asked: asked one after another, the first would wait forever.
        practice.StatsAnswer = async _ =>
        {
            statsStarted.SetResult();
            await allStarted;
            return Samples.Stats();
        };
        practice.RecentActivityAnswer = async _ =>
        {
            activityStarted.SetResult();
            await allStarted;
            return [Samples.Activity()];
        };
        practice.AlertsAnswer = async _ =>
        {
            alertsStarted.SetResult();
            await allStarted;
            return [Samples.Alert()];
        };

        var view = await Get().WaitAsync(Samples.Guard);

        Assert.True(view.Stats!.IsAvailable && view.RecentActivity!.IsAvailable && view.Alerts!.IsAvailable);
        Assert.True(view.Billing!.IsAvailable && view.Tickets!.IsAvailable && view.Services!.IsAvailable);
    }

    [Fact]
    public async Task A_source_Portal_runs_without_is_absent_not_unavailable()
    {
        var htpiOnly = await new GetDashboardQueryHandler(practice).Handle(new GetDashboardQuery(Samples.Access), CancellationToken.None);
        var platformOnly = await new GetDashboardQueryHandler(billing: billing, support: support, services: services)
            .Handle(new GetDashboardQuery(Samples.Access), CancellationToken.None);

        Assert.True(htpiOnly.Stats!.IsAvailable && htpiOnly.RecentActivity!.IsAvailable && htpiOnly.Alerts!.IsAvailable);
        Assert.Null(htpiOnly.Billing);
        Assert.Null(htpiOnly.Tickets);
        Assert.Null(htpiOnly.Services);
        Assert.True(platformOnly.Billing!.IsAvailable && platformOnly.Tickets!.IsAvailable && platformOnly.Services!.IsAvailable);
        Assert.Null(platformOnly.Stats);
        Assert.Null(platformOnly.RecentActivity);
        Assert.Null(platformOnly.Alerts);
    }

    [Fact]
    public async Task A_tenant_or_user_without_a_Platform_link_has_no_Platform_parts_and_the_Platform_is_not_asked()
    {
        var unlinked = Samples.Access with { PlatformCustomerId = null };

        var view = await new GetDashboardQueryHandler(practice, billing, support, services)
            .Handle(new GetDashboardQuery(unlinked), CancellationToken.None);

        Assert.Null(view.Billing);
        Assert.Null(view.Tickets);
        Assert.Null(view.Services);
        Assert.True(view.Stats!.IsAvailable);
        Assert.Null(billing.LastScope);
        Assert.Null(support.LastScope);
        Assert.Null(services.LastScope);
    }

    [Fact]
    public async Task With_the_Platform_alone_a_tenant_without_a_Platform_link_is_not_found_and_nothing_is_asked()
    {
        var unlinked = Samples.Access with { PlatformCustomerId = null };

        var error = await Assert.ThrowsAsync<NotFoundException>(() => new GetDashboardQueryHandler(billing: billing, support: support, services: services)
            .Handle(new GetDashboardQuery(unlinked), CancellationToken.None));

        Assert.Equal("tenant", error.What);
        Assert.Null(billing.LastScope);
    }

    [Fact]
    public async Task Beside_the_practices_dashboard_the_Platforms_not_found_marks_only_its_card()
    {
        billing.SummaryAnswer = () => Task.FromException<BillingSummary>(new NotFoundException("tenant"));

        var view = await Get();

        Assert.Equal("billing", view.Billing!.UnavailableArea);
        Assert.True(view.Stats!.IsAvailable);
        Assert.True(view.Tickets!.IsAvailable);
    }

    [Fact]
    public async Task With_the_Platform_alone_its_not_found_is_the_whole_dashboards_not_found()
    {
        billing.SummaryAnswer = () => Task.FromException<BillingSummary>(new NotFoundException("tenant"));

        await Assert.ThrowsAsync<NotFoundException>(() => new GetDashboardQueryHandler(billing: billing, support: support, services: services)
            .Handle(new GetDashboardQuery(Samples.Access), CancellationToken.None));
    }

    [Fact]
    public async Task The_practices_own_not_found_is_the_whole_dashboards_not_found()
    {
        practice.StatsAnswer = _ => Task.FromException<DashboardStats>(new NotFoundException("tenant"));

        await Assert.ThrowsAsync<NotFoundException>(Get);
    }
}
