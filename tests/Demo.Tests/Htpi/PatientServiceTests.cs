using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Htpi;

/// <summary>
/// This project's own patient, insurance and claims services (no public service answers them): they need a valid token
/// and a tenant the token's user may see, and answer as the contract table says.
/// </summary>
public sealed class PatientServiceTests(HtpiHostFixture fixture) : IClassFixture<HtpiHostFixture>
{
    [Fact]
    public async Task Every_subject_answers_a_user_of_the_tenant()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var token = await wire.LoginAsync("dana.whitfield@example.com", "demo-password-1");

        var list = await wire.AskAsync("htpi.patient.list", "patients", new { tenantId = "tnt-harbor", userId = "usr-dana-whitfield", requestType = "list", search = "a", page = 1, limit = 10 }, token);
        var patientId = list.GetProperty("patients")[0].GetProperty("id").GetString();
        var patient = await wire.AskAsync("htpi.patient.get", null, new { tenantId = "tnt-harbor", patientId }, token);
        var insurance = await wire.AskAsync("htpi.insurance.list.for.patient", null, new { tenantId = "tnt-harbor", patientId }, token);
        var claims = await wire.AskAsync("htpi.claims.list.for.patient", "claims", new { tenantId = "tnt-harbor", patientId }, token);
        var claimId = claims.GetProperty("claims")[0].GetProperty("id").GetString();
        var claim = await wire.AskAsync("htpi.claims.get", null, new { tenantId = "tnt-harbor", claimId }, token);

        Assert.Equal("list", list.GetProperty("responseType").GetString());
        Assert.Equal(10, list.GetProperty("patients").GetArrayLength());
        Assert.True(list.GetProperty("total").GetInt32() > 10);
        Assert.Matches(@"^\*\*\*-\*\*-\d{4}$", patient.GetProperty("patient").GetProperty("ssn").GetString());
        Assert.Equal("tnt-harbor", patient.GetProperty("patient").GetProperty("tenantId").GetString());
        Assert.True(insurance.GetProperty("success").GetBoolean());
        Assert.NotEqual(0, claim.GetProperty("claim").GetProperty("lines").GetArrayLength());
        Assert.Equal(claimId, claim.GetProperty("claim").GetProperty("id").GetString());
        Assert.Equal("tnt-harbor", claim.GetProperty("claim").GetProperty("tenant_id").GetString());
    }

    [Fact]
    public async Task The_largest_page_number_of_patients_is_past_the_end_as_any_other_is()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var token = await wire.LoginAsync("dana.whitfield@example.com", "demo-password-1");

        var list = await wire.AskAsync("htpi.patient.list", "patients", new { tenantId = "tnt-harbor", userId = "usr-dana-whitfield", requestType = "list", page = int.MaxValue, limit = 100 }, token);

        Assert.Equal(0, list.GetProperty("patients").GetArrayLength());
        Assert.True(list.GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoidXNyLWRhbmEtd2hpdGZpZWxkIn0.c2lnbmF0dXJl")]
    public async Task A_bad_token_is_refused(string token)
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var answer = await wire.AskAsync("htpi.patient.list", "patients", new { tenantId = "tnt-riverside", userId = "usr-dana-whitfield", requestType = "list" }, token);

        Assert.Equal("""{"success":false,"error":"invalid token"}""", JsonSerializer.Serialize(answer));
    }

    [Fact]
    public async Task Another_tenants_patients_are_refused()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var token = await wire.LoginAsync("sam.okafor@example.com", "demo-password-4");

        var deactivated = await wire.AskAsync("htpi.patient.list", "patients", new { tenantId = "tnt-harbor", userId = "usr-sam-okafor", requestType = "list" }, token);
        var own = await wire.AskAsync("htpi.patient.list", "patients", new { tenantId = "tnt-lakeside", userId = "usr-sam-okafor", requestType = "list" }, token);

        Assert.Equal("access denied", deactivated.GetProperty("error").GetString());
        Assert.Equal(30, own.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_created_patient_is_answered_and_broadcast()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var token = await wire.LoginAsync("dana.whitfield@example.com", "demo-password-1");
        var firstName = "Testcase" + Guid.NewGuid().ToString("N")[..6];

        var answer = await wire.AskAsync("htpi.patient.create", "patients",
            new { tenantId = "tnt-riverside", userId = "usr-dana-whitfield", firstName, lastName = "Example", email = "t@example.com", phone = "(503) 555-0100", dateOfBirth = "1990-04-01" },
            token);
        bool IsTheBroadcast(WireMessage m) => m.Subject == "customer.broadcast.patients.tnt-riverside"
            && m.Body.GetProperty("patient").GetProperty("firstName").GetString() == firstName;
        var broadcast = await wire.NextMatchingAsync(IsTheBroadcast);

        Assert.Equal("created", answer.GetProperty("responseType").GetString());
        Assert.Equal(firstName, answer.GetProperty("patient").GetProperty("firstName").GetString());
        Assert.Equal("created", broadcast.Body.GetProperty("type").GetString());
    }
}
