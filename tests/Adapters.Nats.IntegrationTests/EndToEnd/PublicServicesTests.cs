using System.Text.Json;
using NATS.Client.Core;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Resilience;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Resilience;
using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.EndToEnd;

/// <summary>
/// The adapter against responders that behave exactly as the public HTPI services do (see <see cref="PublicService"/>):
/// one answer route per subject, no <c>requestId</c> echo, duplicate answers from replicas, handlers that send nothing.
/// </summary>
public sealed class PublicServicesTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>, IAsyncLifetime
{
    private static readonly Dictionary<string, string?> ShortDataTimeout = new()
    {
        [HtpiResilienceOptions.DataTimeoutKey] = "00:00:01",
    };

    private NatsConnection service = null!;

    public async Task InitializeAsync() => service = await HtpiResponder.ConnectServiceAsync(nats.Url);

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Published_answers_reach_the_port_because_every_request_names_the_customer_portal_and_its_own_client()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());

        // The services' default portal is "admin" here (the encounters service's): only a request that says "customer"
        // has its answer published where Portal listens.
        await using var login = await PublicService.StartAsync(
            service, "htpi.auth.login", PublicService.Route.Published, _ => PublicAnswers.Login, area: "auth", defaultPortal: "admin");
        await using var tenants = await PublicService.StartAsync(
            service, "htpi.tenant.list.for.user", PublicService.Route.Published, _ => PublicAnswers.Tenants, area: "tenants", defaultPortal: "admin");
        await using var stats = await PublicService.StartAsync(
            service, "htpi.dashboard.get.stats", PublicService.Route.Published, PublicAnswers.Stats, area: "dashboard", defaultPortal: "admin");

        var signedIn = Assert.IsType<SignedInUser>((await portal.Get<IIdentityProvider>().SignInAsync("demo@htpi.com", "demo123", CancellationToken.None)).SignedIn);
        var list = await portal.Get<ITenantDirectory>().ListForUserAsync(signedIn.Token, signedIn.User.Id, CancellationToken.None);
        var first = await portal.Get<IPracticeDashboard>().GetStatsAsync(Scope("tenant-001"), CancellationToken.None);
        var second = await portal.Get<IPracticeDashboard>().GetStatsAsync(Scope("tenant-002"), CancellationToken.None);

        Assert.Equal([new TenantId("tenant-001"), new TenantId("tenant-002")], signedIn.User.TenantIds);
        Assert.Equal(["Mercy General Hospital", "Springfield Clinic"], list.Select(tenant => tenant.Name));
        Assert.Equal((1, 2), (first.Patients.Total, second.Patients.Total));
        Assert.Equal(PracticeMoney.FromCents(12_345_600), first.Claims.TotalAmount);
        JsonElement[] requests = [.. login.Received, .. tenants.Received, .. stats.Received];
        Assert.Equal(4, requests.Length);
        Assert.All(requests, request => Assert.Equal("customer", request.GetProperty("portal").GetString()));
        Assert.Equal(4, requests.Select(request => request.GetProperty("clientId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Reply_subject_answers_that_name_no_client_reach_the_port()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        await using var verify = await PublicService.StartAsync(
            service, "htpi.auth.verify", PublicService.Route.ReplySubject, _ => PublicAnswers.Verified);
        await using var access = await PublicService.StartAsync(
            service, "htpi.tenant.verify.access", PublicService.Route.ReplySubject, PublicAnswers.Access);

        var verified = await portal.Get<IIdentityProvider>().VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None);
        var granted = await portal.Get<ITenantDirectory>().HasAccessAsync(Scope("tenant-001"), CancellationToken.None);
        var refused = await portal.Get<ITenantDirectory>().HasAccessAsync(Scope("tenant-009"), CancellationToken.None);

        Assert.Equal(new UserId("user-cust-001"), verified.UserId);
        Assert.True(granted);
        Assert.False(refused);
        Assert.All(access.Received, request => Assert.Equal("user-cust-001", request.GetProperty("userId").GetString()));
    }

    [Fact]
    public async Task A_second_replicas_duplicate_answers_are_dropped_without_a_failure_or_a_log_line()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        await using var stats = await PublicService.StartAsync(
            service, "htpi.dashboard.get.stats", PublicService.Route.Published, PublicAnswers.Stats, area: "dashboard", replicas: 2);
        await using var access = await PublicService.StartAsync(
            service, "htpi.tenant.verify.access", PublicService.Route.ReplySubject, PublicAnswers.Access, replicas: 2);
        var dashboard = portal.Get<IPracticeDashboard>();
        var linesBefore = portal.Log.Lines.Count;

        // Each tenant's stats carry its own number: a duplicate taken for another request would show a wrong one.
        var all = await Task.WhenAll(Enumerable.Range(1, 20).Select(number =>
            dashboard.GetStatsAsync(Scope($"tenant-{number:D3}"), CancellationToken.None)));
        var granted = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            portal.Get<ITenantDirectory>().HasAccessAsync(Scope("tenant-001"), CancellationToken.None)));

        // Both replicas publish on the one service connection, in order: once this answer is in, every earlier duplicate is too.
        var last = await dashboard.GetStatsAsync(Scope("tenant-021"), CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 20).Select(total => (int?)total), all.Select(answer => answer.Patients.Total));
        Assert.All(granted, Assert.True);
        Assert.Equal(21, last.Patients.Total);
        // Each replica records on its own loop: the one that did not answer last may not have recorded yet.
        await Task.WhenAll(stats.ReceivedAtLeastAsync(42), access.ReceivedAtLeastAsync(20)).WaitAsync(Watcher.Guard);
        Assert.Equal(42, stats.Received.Count);
        Assert.Equal(20, access.Received.Count);
        Assert.DoesNotContain(portal.Log.Lines.Skip(linesBefore), line => line.Category.StartsWith("Portal.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_access_check_the_tenant_service_failed_to_make_is_a_no_and_its_error_text_goes_nowhere()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        await using var access = await PublicService.StartAsync(
            service, "htpi.tenant.verify.access", PublicService.Route.ReplySubject,
            _ => """{"hasAccess": false, "error": "'NoneType' object is not subscriptable"}""");

        var refusal = await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.Get<ITenantDirectory>().HasAccessAsync(Scope("tenant-001"), CancellationToken.None));

        Assert.Equal("tenant", refusal.What);
        Assert.DoesNotContain("NoneType", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_that_fails_sends_nothing_and_the_request_becomes_unavailable_at_its_timeout()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, ShortDataTimeout);

        // The tenant service's list handler raises on a user it cannot read and, like every handler, then sends nothing.
        await using var tenants = await PublicService.StartAsync(
            service, "htpi.tenant.list.for.user", PublicService.Route.Published, _ => null, area: "tenants");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => portal.Get<ITenantDirectory>()
            .ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-cust-001"), CancellationToken.None).WaitAsync(Watcher.Guard));

        Assert.Equal("tenants", error.Area);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        await tenants.ReceivedAtLeastAsync(1).WaitAsync(Watcher.Guard);
        Assert.Single(tenants.Received);
    }

    private static TenantScope Scope(string tenantId) =>
        new(new AccessToken(TestScope.Token), new UserId("user-cust-001"), new TenantId(tenantId));
}
