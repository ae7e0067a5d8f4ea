using NATS.Client.Core;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Resilience;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Common.Exceptions;
using Portal.Application.Encounters.Ports;
using Portal.Domain.Encounters;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.IntegrationTests.EndToEnd;

/// <summary>
/// The encounters port against a responder that behaves as the public encounters service: answers published to
/// <c>&lt;portal&gt;.encounters.response.&lt;clientId&gt;</c> with <c>portal</c> defaulting to <c>admin</c> for
/// <c>get</c>, any tenant served, an encounter found by id alone.
/// </summary>
public sealed class EncountersOverNatsTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>, IAsyncLifetime
{
    private static readonly string OtherTenants = PublicEncounters.Checkup
        .Replace("enc-001", "enc-009", StringComparison.Ordinal).Replace("tenant-a", "tenant-b", StringComparison.Ordinal);

    /// <summary>One the service stored without a tenant (its create keeps <c>tenantId</c> as it was sent): it could be anyone's.</summary>
    private static readonly string NoTenants = PublicEncounters.Checkup
        .Replace("enc-001", "enc-010", StringComparison.Ordinal).Replace("\"tenantId\": \"tenant-a\", ", string.Empty, StringComparison.Ordinal);

    private NatsConnection service = null!;

    public async Task InitializeAsync() => service = await HtpiResponder.ConnectServiceAsync(nats.Url);

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task A_patients_encounters_come_newest_first_with_every_field_read()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.list.for.patient", PublicService.Route.Published,
            _ => PublicEncounters.List(PublicEncounters.Checkup, PublicEncounters.FollowUp), area: "encounters", defaultPortal: "customer");

        var list = await portal.Get<IEncounterRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);

        var request = Assert.Single(encounters.Received);
        Assert.Equal("tenant-a", request.GetProperty("tenantId").GetString());
        Assert.Equal("pat-001", request.GetProperty("patientId").GetString());
        Assert.Equal(["enc-003", "enc-001"], list.Select(encounter => encounter.Id.Value));
        var followUp = list[0];
        Assert.Equal(new DateTimeOffset(2025, 8, 5, 7, 8, 19, 123, TimeSpan.Zero).AddTicks(4560), followUp.Date);
        Assert.Equal(("follow_up", "in_progress", string.Empty), (followUp.Type, followUp.Status, followUp.ChiefComplaint));
        Assert.True(followUp.Vitals.IsEmpty);
        var checkup = list[1];
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero), checkup.Date);
        Assert.Equal(("office_visit", "Dr. Smith", "Annual checkup", "completed"), (checkup.Type, checkup.Provider, checkup.ChiefComplaint, checkup.Status));
        Assert.Equal(["Z00.00"], checkup.Diagnoses);
        Assert.Equal(["99213"], checkup.Procedures);
        Assert.Equal(new Vitals("120/80", "98.6", "72", "165 lbs"), checkup.Vitals);
        Assert.Equal("Patient in good health. Continue current medications.", checkup.Notes);
    }

    [Fact]
    public async Task A_visit_dated_by_day_alone_keeps_that_day_and_its_place_among_the_others()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        var byDay = PublicEncounters.Checkup
            .Replace("enc-001", "enc-004", StringComparison.Ordinal).Replace("2024-07-01T10:00:00Z", "2025-01-15", StringComparison.Ordinal);
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.list.for.patient", PublicService.Route.Published,
            _ => PublicEncounters.List(PublicEncounters.Checkup, byDay, PublicEncounters.FollowUp), area: "encounters", defaultPortal: "customer");

        var list = await portal.Get<IEncounterRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);

        Assert.Equal(["enc-003", "enc-004", "enc-001"], list.Select(encounter => encounter.Id.Value));
        Assert.Equal((null, new DateOnly(2025, 1, 15)), (list[1].Date, list[1].Day));
        Assert.Null(list[0].Day);
    }

    [Fact]
    public async Task Get_names_the_customer_portal_so_the_answer_is_not_published_to_the_admin_portal()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.get", PublicService.Route.Published,
            request => PublicEncounters.Get(request, PublicEncounters.Checkup), area: "encounters", defaultPortal: "admin");

        var encounter = await portal.Get<IEncounterRegistry>().GetAsync(TestScope.Of(), new EncounterId("enc-001"), CancellationToken.None);

        Assert.Equal(new PatientId("pat-001"), encounter.PatientId);
        Assert.Equal("customer", Assert.Single(encounters.Received).GetProperty("portal").GetString());
    }

    [Theory]
    [InlineData("enc-404")]
    [InlineData("enc-009")]
    [InlineData("enc-010")]
    public async Task A_missing_encounter_another_tenants_and_one_naming_no_tenant_are_all_not_found(string encounterId)
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.get", PublicService.Route.Published,
            request => PublicEncounters.Get(request, PublicEncounters.Checkup, OtherTenants, NoTenants), area: "encounters", defaultPortal: "admin");

        var error = await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.Get<IEncounterRegistry>().GetAsync(TestScope.Of(), new EncounterId(encounterId), CancellationToken.None));

        Assert.Equal("encounter", error.What);
    }

    [Fact]
    public async Task An_answer_that_echoes_the_asked_tenant_does_not_vouch_for_an_encounter_naming_none()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.get", PublicService.Route.Published,
            _ => $$"""{"success": true, "tenantId": "tenant-a", "encounter": {{NoTenants}}}""", area: "encounters", defaultPortal: "admin");

        var error = await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.Get<IEncounterRegistry>().GetAsync(TestScope.Of(), new EncounterId("enc-010"), CancellationToken.None));

        Assert.Equal("encounter", error.What);
    }

    [Fact]
    public async Task Another_tenants_or_patients_encounter_is_left_out_of_the_list_and_another_tenants_list_is_malformed()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        var anotherPatients = PublicEncounters.FollowUp.Replace("pat-001", "pat-002", StringComparison.Ordinal);
        var anotherTenantsList = PublicEncounters.List(PublicEncounters.Checkup).Replace("{\"success\": true,", "{\"success\": true, \"tenantId\": \"tenant-b\",", StringComparison.Ordinal);
        var lists = new Queue<string>([
            PublicEncounters.List(PublicEncounters.Checkup, anotherPatients),
            PublicEncounters.List(PublicEncounters.Checkup, OtherTenants),
            anotherTenantsList]);
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.list.for.patient", PublicService.Route.Published, _ => lists.Dequeue(), area: "encounters");
        var registry = portal.Get<IEncounterRegistry>();

        var withAnotherPatients = await registry.ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);
        var withAnotherTenants = await registry.ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);
        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => registry.ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None));

        Assert.Equal(["enc-001"], withAnotherPatients.Select(encounter => encounter.Id.Value));
        Assert.Equal(["enc-001"], withAnotherTenants.Select(encounter => encounter.Id.Value));
        Assert.Equal("encounters", error.Area);
    }

    [Fact]
    public async Task A_provider_or_status_sent_as_a_number_is_shown_as_its_text_not_the_visits_lost()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        var numbered = PublicEncounters.Checkup
            .Replace("\"Dr. Smith\"", "7", StringComparison.Ordinal)
            .Replace("\"completed\"", "3", StringComparison.Ordinal)
            .Replace("\"Annual checkup\"", "{\"text\": \"Annual checkup\"}", StringComparison.Ordinal);
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.list.for.patient", PublicService.Route.Published,
            _ => PublicEncounters.List(numbered, PublicEncounters.FollowUp), area: "encounters");

        var list = await portal.Get<IEncounterRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);

        Assert.Equal(
            [("enc-003", "Dr. Johnson", "in_progress", string.Empty), ("enc-001", "7", "3", string.Empty)],
            list.Select(encounter => (encounter.Id.Value, encounter.Provider, encounter.Status, encounter.ChiefComplaint)));
    }

    [Theory]
    [InlineData("[{\"code\": \"Z00.00\", \"description\": \"Annual exam\"}]", "Z00.00 — Annual exam")]
    [InlineData("[{\"code\": \"Z00.00\", \"description\": null}]", "Z00.00")]
    [InlineData("[{\"description\": \"Annual exam\"}, \"J06.9\", {\"system\": \"ICD-10\"}]", "Annual exam|J06.9")]
    [InlineData("\"Z00.00\"", "Z00.00")]
    [InlineData("{\"code\": 7}", "7")]
    [InlineData("true", "")]
    public async Task Diagnoses_sent_as_objects_or_as_one_code_alone_are_read_not_shown_as_none(string diagnoses, string read)
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        var described = PublicEncounters.Checkup.Replace("[\"Z00.00\"]", diagnoses, StringComparison.Ordinal);
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.list.for.patient", PublicService.Route.Published,
            _ => PublicEncounters.List(described), area: "encounters");

        var list = await portal.Get<IEncounterRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);

        Assert.Equal(read.Split('|', StringSplitOptions.RemoveEmptyEntries), Assert.Single(list).Diagnoses);
    }

    [Theory]
    [InlineData("\"120/80\"")]
    [InlineData("[\"120/80\", \"98.6\"]")]
    [InlineData("72")]
    public async Task Vitals_that_are_no_object_are_none_for_that_visit_not_the_visits_lost(string vitals)
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        var odd = PublicEncounters.Checkup.Replace(
            "{\"blood_pressure\": \"120/80\", \"temperature\": \"98.6\", \"pulse\": \"72\", \"weight\": \"165 lbs\"}", vitals, StringComparison.Ordinal);
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.list.for.patient", PublicService.Route.Published,
            _ => PublicEncounters.List(odd, PublicEncounters.FollowUp), area: "encounters");

        var list = await portal.Get<IEncounterRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);

        Assert.Equal([("enc-003", true), ("enc-001", true)], list.Select(encounter => (encounter.Id.Value, encounter.Vitals.IsEmpty)));
        Assert.Equal(["Z00.00"], list[1].Diagnoses);
    }

    [Fact]
    public async Task An_encounter_without_an_id_Portal_can_address_or_that_is_no_object_is_left_out_of_the_list()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());
        var unaddressable = PublicEncounters.FollowUp.Replace("enc-003", "enc 3/..", StringComparison.Ordinal);
        await using var encounters = await PublicService.StartAsync(
            service, "htpi.encounters.list.for.patient", PublicService.Route.Published,
            _ => PublicEncounters.List(PublicEncounters.Checkup, unaddressable, "null", "\"enc-004\""), area: "encounters");

        var list = await portal.Get<IEncounterRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None);

        Assert.Equal(["enc-001"], list.Select(encounter => encounter.Id.Value));
    }

    [Fact]
    public async Task An_encounters_service_that_is_not_running_is_unavailable_in_its_own_area()
    {
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() =>
            portal.Get<IEncounterRegistry>().ListForPatientAsync(TestScope.Of(), new PatientId("pat-001"), CancellationToken.None));

        Assert.Equal(HtpiArea.Encounters.Name, error.Area);
        Assert.Contains(HtpiArea.Encounters, HtpiArea.All);
        Assert.Contains("no responders", error.Message, StringComparison.Ordinal);
    }
}
