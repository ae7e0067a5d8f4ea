using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

/// <summary>
/// The services authorise nothing and serve any tenant, so Portal is the only gate, and nothing naming another tenant
/// than the one asked is ever returned: one record asked by its id is "not found", exactly like a record the tenant
/// does not have; a list or summary answer naming another tenant is malformed (its area alone unavailable, since access
/// was granted); a row of a list naming another tenant is left out and the rest returned.
/// </summary>
public sealed class TenantGateTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public TenantGateTests() => adapter = new Adapter(bus);

    public static TheoryData<string, string> ForeignRecords => new()
    {
        { "patient", WireSamples.PatientAnswer(WireSamples.Patient("p-1")).Replace("{\"patient\"", "{\"tenantId\": \"tenant-b\", \"patient\"", StringComparison.Ordinal) },
        { "patient", WireSamples.PatientAnswer(WireSamples.Patient("p-1", TestScope.TenantB)) },
        { "claim", WireSamples.Claim.Replace("{\"claim\": {\"id\": \"c-1\",", "{\"claim\": {\"id\": \"c-1\", \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "claim", WireSamples.Claim.Replace("{\"claim\"", "{\"tenantId\": \"tenant-b\", \"claim\"", StringComparison.Ordinal) },
    };

    public static TheoryData<string, string, string> ForeignListsAndSummaries => new()
    {
        { "stats", "dashboard", WireSamples.StatsAnswer.Replace("\"tenantId\": \"tenant-a\"", "\"tenantId\": \"tenant-b\"", StringComparison.Ordinal) },
        { "activity", "dashboard", WireSamples.Activity.Replace("{\"success\": true,", "{\"success\": true, \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "alerts", "dashboard", WireSamples.Alerts.Replace("{\"success\": true,", "{\"success\": true, \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "patients", "patients", WireSamples.PatientList(WireSamples.Patient("p-1")).Replace("{\"responseType\"", "{\"tenantId\": \"tenant-b\", \"responseType\"", StringComparison.Ordinal) },
        { "policies", "insurance", WireSamples.Policies.Replace("{\"policies\"", "{\"tenantId\": \"tenant-b\", \"policies\"", StringComparison.Ordinal) },
        { "claims", "claims", WireSamples.Claims.Replace("{\"claims\"", "{\"tenantId\": \"tenant-b\", \"claims\"", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(ForeignRecords))]
    public async Task A_record_asked_by_its_id_naming_another_tenant_is_not_found(string port, string answer)
    {
        Assert.Contains("tenant-b", answer, StringComparison.Ordinal);
        bus.AnswerWith(answer);

        await Assert.ThrowsAsync<NotFoundException>(() => Ask(port));
    }

    [Theory]
    [MemberData(nameof(ForeignListsAndSummaries))]
    public async Task A_list_or_summary_naming_another_tenant_is_malformed_so_only_its_area_is_unavailable(string port, string area, string answer)
    {
        Assert.Contains("tenant-b", answer, StringComparison.Ordinal);
        bus.AnswerWith(answer);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => Ask(port));

        Assert.Equal(area, error.Area);
        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ForeignRecords))]
    public async Task The_same_record_naming_the_asked_tenant_is_shown(string port, string answer)
    {
        bus.AnswerWith(answer.Replace("tenant-b", TestScope.TenantA, StringComparison.Ordinal));

        await Ask(port);
    }

    [Theory]
    [MemberData(nameof(ForeignListsAndSummaries))]
    public async Task The_same_list_or_summary_naming_the_asked_tenant_is_shown(string port, string area, string answer)
    {
        Assert.NotEmpty(area);
        bus.AnswerWith(answer.Replace("tenant-b", TestScope.TenantA, StringComparison.Ordinal));

        await Ask(port);
    }

    [Fact]
    public async Task Patients_of_another_tenant_are_left_out_of_the_list_and_not_counted()
    {
        bus.AnswerWith(WireSamples.PatientList(
            WireSamples.Patient("p-1"), WireSamples.Patient("p-2"), WireSamples.Patient("p-8", TestScope.TenantB), WireSamples.Patient("p-9", TestScope.TenantB)));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(["p-1", "p-2"], page.Items.Select(patient => patient.Id.Value));
        Assert.Equal(2, page.TotalItems);
    }

    [Fact]
    public async Task A_service_paged_list_does_not_count_the_patients_of_another_tenant_it_held()
    {
        bus.AnswerWith($$"""{"responseType": "list", "total": 12, "patients": [{{WireSamples.Patient("p-1")}}, {{WireSamples.Patient("p-9", TestScope.TenantB)}}]}""");

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(["p-1"], page.Items.Select(patient => patient.Id.Value));
        Assert.Equal(11, page.TotalItems);
    }

    [Fact]
    public async Task A_policy_or_claim_of_another_tenant_is_left_out_of_the_patients_list()
    {
        bus.AnswerWith(WireSamples.Policies
            .Replace("\"coverage_order\": 1,", "\"coverage_order\": 1, \"tenantId\": \"tenant-a\",", StringComparison.Ordinal)
            .Replace("\"coverage_order\": 2,", "\"coverage_order\": 2, \"tenantId\": \"tenant-b\",", StringComparison.Ordinal));
        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);
        bus.AnswerWith(WireSamples.Claims
            .Replace("\"id\": \"c-1\",", "\"id\": \"c-1\", \"tenant_id\": \"tenant-a\",", StringComparison.Ordinal)
            .Replace("\"id\": \"c-2\",", "\"id\": \"c-2\", \"tenant_id\": \"tenant-b\",", StringComparison.Ordinal));
        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(["First Health"], policies.Select(policy => policy.InsuranceCompany));
        Assert.Equal(["c-1"], claims.Select(claim => claim.Id.Value));
    }

    [Fact]
    public async Task Beside_a_patient_of_another_tenant_one_that_names_no_tenant_is_not_taken_as_the_asked_tenants()
    {
        var unnamed = WireSamples.Patient("p-2").Replace(", \"tenantId\": \"tenant-a\"", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("tenantId", unnamed, StringComparison.Ordinal);
        bus.AnswerWith(WireSamples.PatientList(WireSamples.Patient("p-1"), unnamed, WireSamples.Patient("p-9", TestScope.TenantB)));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(["p-1"], page.Items.Select(patient => patient.Id.Value));
    }

    [Fact]
    public async Task A_list_whose_every_row_names_another_tenant_is_malformed_not_an_empty_list()
    {
        bus.AnswerWith(WireSamples.PatientList(WireSamples.Patient("p-8", TestScope.TenantB), WireSamples.Patient("p-9", TestScope.TenantB)));
        var patients = await Assert.ThrowsAsync<BackendUnavailableException>(() => Ask("patients"));
        bus.AnswerWith(WireSamples.Claims.Replace("\"id\": \"c-1\",", "\"id\": \"c-1\", \"tenant_id\": \"tenant-b\",", StringComparison.Ordinal)
            .Replace("\"id\": \"c-2\",", "\"id\": \"c-2\", \"tenant_id\": \"tenant-b\",", StringComparison.Ordinal));
        var claims = await Assert.ThrowsAsync<BackendUnavailableException>(() => Ask("claims"));

        Assert.Equal(("patients", "claims"), (patients.Area, claims.Area));
        Assert.Contains("malformed answer", claims.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A service sending more rows than its page holds is judged by the page's rows alone: a page whose every row is
    /// another tenant's is malformed though rows past it are the asked tenant's, and a row of another tenant past the
    /// page does not cost the page a row that names no tenant.
    /// </summary>
    [Fact]
    public async Task A_service_paged_list_is_judged_by_the_rows_of_the_page_asked_for_not_those_past_it()
    {
        var unnamed = WireSamples.Patient("p-2").Replace(", \"tenantId\": \"tenant-a\"", string.Empty, StringComparison.Ordinal);
        var page = new PageRequest(1, 2);
        bus.AnswerWith($$$"""{"responseType": "list", "total": 9, "patients": [{{{WireSamples.Patient("p-8", TestScope.TenantB)}}}, {{{WireSamples.Patient("p-9", TestScope.TenantB)}}}, {{{WireSamples.Patient("p-1")}}}]}""");
        var foreignPage = await Assert.ThrowsAsync<BackendUnavailableException>(() => adapter.Patients.ListAsync(TestScope.Of(), null, page, CancellationToken.None));
        bus.AnswerWith($$$"""{"responseType": "list", "total": 9, "patients": [{{{WireSamples.Patient("p-1")}}}, {{{unnamed}}}, {{{WireSamples.Patient("p-9", TestScope.TenantB)}}}]}""");
        var ownPage = await adapter.Patients.ListAsync(TestScope.Of(), null, page, CancellationToken.None);

        Assert.Contains("malformed answer", foreignPage.Message, StringComparison.Ordinal);
        Assert.Equal(["p-1", "p-2"], ownPage.Items.Select(patient => patient.Id.Value));
        Assert.Equal(9, ownPage.TotalItems);
    }

    private Task Ask(string port)
    {
        var scope = TestScope.Of();
        var none = CancellationToken.None;
        return port switch
        {
            "stats" => adapter.Dashboard.GetStatsAsync(scope, none),
            "activity" => adapter.Dashboard.GetRecentActivityAsync(scope, none),
            "alerts" => adapter.Dashboard.GetAlertsAsync(scope, none),
            "patients" => adapter.Patients.ListAsync(scope, null, PageRequest.First, none),
            "patient" => adapter.Patients.GetAsync(scope, new PatientId("p-1"), none),
            "policies" => adapter.Insurance.ListForPatientAsync(scope, new PatientId("p-1"), none),
            "claims" => adapter.Claims.ListForPatientAsync(scope, new PatientId("p-1"), none),
            "claim" => adapter.Claims.GetAsync(scope, new ClaimId("c-1"), none),
            _ => throw new ArgumentOutOfRangeException(nameof(port)),
        };
    }
}
