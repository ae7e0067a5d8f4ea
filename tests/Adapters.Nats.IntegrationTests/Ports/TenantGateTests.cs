using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

/// <summary>
/// The services authorise nothing and serve any tenant, so Portal is the only gate: an answer, or a record in it, that
/// names another tenant than the one asked is "not found", exactly like a record the tenant does not have.
/// </summary>
public sealed class TenantGateTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public TenantGateTests() => adapter = new Adapter(bus);

    public static TheoryData<string, string> ForeignAnswers => new()
    {
        { "stats", WireSamples.StatsAnswer.Replace("\"tenantId\": \"tenant-a\"", "\"tenantId\": \"tenant-b\"", StringComparison.Ordinal) },
        { "activity", WireSamples.Activity.Replace("{\"success\": true,", "{\"success\": true, \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "alerts", WireSamples.Alerts.Replace("{\"success\": true,", "{\"success\": true, \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "patients", WireSamples.PatientList(WireSamples.Patient("p-1"), WireSamples.Patient("p-2", TestScope.TenantB)) },
        { "patients", WireSamples.PatientList(WireSamples.Patient("p-1")).Replace("{\"responseType\"", "{\"tenantId\": \"tenant-b\", \"responseType\"", StringComparison.Ordinal) },
        { "patient", WireSamples.PatientAnswer(WireSamples.Patient("p-1")).Replace("{\"patient\"", "{\"tenantId\": \"tenant-b\", \"patient\"", StringComparison.Ordinal) },
        { "policies", WireSamples.Policies.Replace("\"coverage_order\": 2,", "\"coverage_order\": 2, \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "policies", WireSamples.Policies.Replace("{\"policies\"", "{\"tenantId\": \"tenant-b\", \"policies\"", StringComparison.Ordinal) },
        { "claims", WireSamples.Claims.Replace("\"id\": \"c-2\",", "\"id\": \"c-2\", \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "claim", WireSamples.Claim.Replace("{\"claim\": {\"id\": \"c-1\",", "{\"claim\": {\"id\": \"c-1\", \"tenantId\": \"tenant-b\",", StringComparison.Ordinal) },
        { "claim", WireSamples.Claim.Replace("{\"claim\"", "{\"tenantId\": \"tenant-b\", \"claim\"", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(ForeignAnswers))]
    public async Task An_answer_naming_another_tenant_is_not_found(string port, string answer)
    {
        Assert.Contains("tenant-b", answer, StringComparison.Ordinal);
        bus.AnswerWith(answer);

        await Assert.ThrowsAsync<NotFoundException>(() => Ask(port));
    }

    [Theory]
    [MemberData(nameof(ForeignAnswers))]
    public async Task The_same_answer_naming_the_asked_tenant_is_shown(string port, string answer)
    {
        bus.AnswerWith(answer.Replace("tenant-b", TestScope.TenantA, StringComparison.Ordinal));

        await Ask(port);
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
