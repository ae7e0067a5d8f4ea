using System.Diagnostics;
using NATS.Client.Core;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Claims.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Insurance.Ports;
using Portal.Application.Patients.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.EndToEnd;

/// <summary>The ports as the composition root wires them, against a real nats-server and services answering both ways.</summary>
public sealed class HtpiOverNatsTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>, IAsyncLifetime
{
    private static readonly TimeSpan LongTimeout = TimeSpan.FromSeconds(60);

    private NatsConnection service = null!;

    public async Task InitializeAsync() => service = await HtpiResponder.ConnectServiceAsync(nats.Url);

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Theory]
    [InlineData(AnswerStyle.SeedStyle)]
    [InlineData(AnswerStyle.RequestReply)]
    public async Task A_service_answering_either_way_reaches_the_port(AnswerStyle style)
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, TimeSpan.FromSeconds(5));
        await using var patients = await HtpiResponder.StartAsync(
            service, "htpi.patient.list", "patients", style, WireSamples.PatientList(WireSamples.Patient("p-1"), WireSamples.Patient("p-2")));

        var page = await portal.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(["p-1", "p-2"], page.Items.Select(patient => patient.Id.Value));
        var request = Assert.Single(patients.Received);
        Assert.Equal("customer", request.GetProperty("portal").GetString());
        Assert.Equal(TestScope.Token, request.GetProperty("token").GetString());
        Assert.StartsWith("customer.patients.response.", request.GetProperty("responseChannel").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_Portal_cannot_address_is_left_out_and_the_rest_of_the_list_is_shown()
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, TimeSpan.FromSeconds(5));
        await using var patients = await HtpiResponder.StartAsync(
            service, "htpi.patient.list", "patients", AnswerStyle.RequestReply,
            WireSamples.PatientList(WireSamples.Patient("p-1"), WireSamples.Patient("../pat-001"), WireSamples.Patient("p-2")));

        var page = await portal.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(["p-1", "p-2"], page.Items.Select(patient => patient.Id.Value));
    }

    [Fact]
    public async Task Another_tenants_dashboard_part_costs_that_part_only_and_its_patients_are_left_out_of_the_list()
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, TimeSpan.FromSeconds(5));
        var foreignStats = WireSamples.StatsAnswer.Replace("\"tenantId\": \"tenant-a\"", "\"tenantId\": \"tenant-b\"", StringComparison.Ordinal);
        await using var stats = await HtpiResponder.StartAsync(service, "htpi.dashboard.get.stats", "dashboard", AnswerStyle.SeedStyle, foreignStats);
        await using var alerts = await HtpiResponder.StartAsync(service, "htpi.dashboard.get.alerts", "dashboard", AnswerStyle.SeedStyle, WireSamples.Alerts);
        await using var patients = await HtpiResponder.StartAsync(
            service, "htpi.patient.list", "patients", AnswerStyle.RequestReply,
            WireSamples.PatientList(
                WireSamples.Patient("p-1"), WireSamples.Patient("p-2"), WireSamples.Patient("p-8", TestScope.TenantB), WireSamples.Patient("p-9", TestScope.TenantB)));
        var dashboard = portal.Get<IPracticeDashboard>();

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None));
        var shownAlerts = await dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);
        var page = await portal.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal("dashboard", error.Area);
        Assert.Equal(3, shownAlerts.Count);
        Assert.Equal(["p-1", "p-2"], page.Items.Select(patient => patient.Id.Value));
    }

    [Fact]
    public async Task Answers_of_concurrent_requests_reach_their_own_callers()
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, TimeSpan.FromSeconds(5));
        await using var patients = await HtpiResponder.StartAsync(
            service, "htpi.patient.get", "patients", AnswerStyle.SeedStyle,
            request => WireSamples.PatientAnswer(WireSamples.Patient(request.GetProperty("patientId").GetString()!)));
        var registry = portal.Get<IPatientRegistry>();

        var found = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            registry.GetAsync(TestScope.Of(), new PatientId("p-" + i), CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, 40).Select(i => "p-" + i), found.Select(patient => patient.Id.Value));
    }

    [Fact]
    public async Task Every_port_method_returns_domain_objects()
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, TimeSpan.FromSeconds(5));
        (string Subject, string Area, string Answer)[] services =
        [
            ("htpi.auth.login", "auth", WireSamples.Login),
            ("htpi.auth.verify", "auth", WireSamples.VerifiedToken),
            ("htpi.tenant.list.for.user", "tenants", WireSamples.Tenants),
            ("htpi.tenant.verify.access", "tenants", WireSamples.AccessGranted),
            ("htpi.dashboard.get.stats", "dashboard", WireSamples.StatsAnswer),
            ("htpi.dashboard.get.activity", "dashboard", WireSamples.Activity),
            ("htpi.dashboard.get.alerts", "dashboard", WireSamples.Alerts),
            ("htpi.patient.list", "patients", WireSamples.PatientList(WireSamples.Patient("p-1"))),
            ("htpi.patient.get", "patients", WireSamples.PatientAnswer(WireSamples.Patient("p-1"))),
            ("htpi.patient.create", "patients", WireSamples.PatientCreated(WireSamples.Patient("p-9"))),
            ("htpi.insurance.list.for.patient", "insurance", WireSamples.Policies),
            ("htpi.claims.list.for.patient", "claims", WireSamples.Claims),
            ("htpi.claims.get", "claims", WireSamples.Claim),
        ];
        var responders = new List<HtpiResponder>();
        try
        {
            foreach (var (subject, area, answer) in services)
            {
                var style = responders.Count % 2 == 0 ? AnswerStyle.SeedStyle : AnswerStyle.RequestReply;
                responders.Add(await HtpiResponder.StartAsync(service, subject, area, style, answer));
            }

            var scope = TestScope.Of();
            var patientId = new PatientId("p-1");
            var none = CancellationToken.None;

            var signedIn = Assert.IsType<SignedInUser>((await portal.Get<IIdentityProvider>().SignInAsync("ann@example.com", "pw", none)).SignedIn);
            Assert.Equal(new UserId("user-1"), signedIn.User.Id);
            Assert.Equal(new UserId("user-1"), (await portal.Get<IIdentityProvider>().VerifyAsync(signedIn.Token, none)).UserId);
            var tenants = await portal.Get<ITenantDirectory>().ListForUserAsync(signedIn.Token, signedIn.User.Id, none);
            Assert.Equal([new TenantId("tenant-a"), new TenantId("tenant-b")], tenants.Select(tenant => tenant.Id));
            Assert.True(await portal.Get<ITenantDirectory>().HasAccessAsync(scope, none));
            Assert.Equal(120, (await portal.Get<IPracticeDashboard>().GetStatsAsync(scope, none)).Patients.Total);
            Assert.Equal(2, (await portal.Get<IPracticeDashboard>().GetRecentActivityAsync(scope, none)).Count);
            Assert.Equal(3, (await portal.Get<IPracticeDashboard>().GetAlertsAsync(scope, none)).Count);
            Assert.Equal(1, (await portal.Get<IPatientRegistry>().ListAsync(scope, null, PageRequest.First, none)).TotalItems);
            Assert.Equal("Ada Lovelace", (await portal.Get<IPatientRegistry>().GetAsync(scope, patientId, none)).FullName);
            var created = await portal.Get<IPatientRegistry>().CreateAsync(
                scope, new NewPatient("Ada", "Lovelace", "ada@example.com", "555-0100", new DateOnly(1985, 3, 12)), none);
            Assert.Equal(new PatientId("p-9"), created.Id);
            Assert.Equal("First Health", (await portal.Get<IInsurancePolicyRegistry>().ListForPatientAsync(scope, patientId, none))[0].InsuranceCompany);
            Assert.Equal(2, (await portal.Get<IClaimRegistry>().ListForPatientAsync(scope, patientId, none)).Count);
            Assert.Equal(2, (await portal.Get<IClaimRegistry>().GetAsync(scope, new ClaimId("c-1"), none)).Lines.Count);

            Assert.All(responders, responder => Assert.Single(responder.Received));
        }
        finally
        {
            foreach (var responder in responders)
            {
                await responder.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Refusals_become_the_application_exceptions_they_describe()
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, TimeSpan.FromSeconds(5));
        await using var login = await HtpiResponder.StartAsync(service, "htpi.auth.login", "auth", AnswerStyle.SeedStyle, WireSamples.Refusal("Invalid credentials"));
        await using var get = await HtpiResponder.StartAsync(service, "htpi.patient.get", "patients", AnswerStyle.RequestReply, WireSamples.Refusal("Patient not found"));
        await using var create = await HtpiResponder.StartAsync(service, "htpi.patient.create", "patients", AnswerStyle.SeedStyle, WireSamples.Refusal("Patient already exists"));

        await Assert.ThrowsAsync<NotAuthenticatedException>(() => portal.Get<IIdentityProvider>().SignInAsync("a@example.com", "bad", CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => portal.Get<IPatientRegistry>().GetAsync(TestScope.Of(), new PatientId("p-404"), CancellationToken.None));
        var rejected = await Assert.ThrowsAsync<RequestRejectedException>(() => portal.Get<IPatientRegistry>().CreateAsync(
            TestScope.Of(), new NewPatient("Ada", "Lovelace", "ada@example.com", "555-0100", new DateOnly(1985, 3, 12)), CancellationToken.None));
        Assert.Equal("Patient already exists", rejected.Message);
    }

    [Fact]
    public async Task A_service_nobody_runs_is_unavailable_at_once_not_after_the_timeout()
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, LongTimeout);
        var clock = Stopwatch.StartNew();

        var call = portal.Get<IInsurancePolicyRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => call.WaitAsync(Watcher.Guard));
        Assert.Equal("insurance", error.Area);
        Assert.Contains("no responders", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < Watcher.Guard, "no responders must not wait for the request timeout");
    }

    [Fact]
    public async Task A_service_that_never_answers_is_unavailable_after_the_configured_timeout()
    {
        await using var portal = await PortalOnNats.StartAsync(nats.Url, TimeSpan.FromSeconds(1));
        await using var silent = await HtpiResponder.StartAsync(service, "htpi.claims.get", "claims", AnswerStyle.Silent, string.Empty);

        var call = portal.Get<IClaimRegistry>().GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => call.WaitAsync(Watcher.Guard));
        Assert.Equal("claims", error.Area);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        await silent.ReceivedAtLeastAsync(1).WaitAsync(Watcher.Guard);
        Assert.Single(silent.Received);
    }
}
