using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Htpi;

/// <summary>The public encounters service: a patient's encounters, one encounter by id alone, and its shape.</summary>
public sealed class EncounterTests(HtpiHostFixture fixture) : IClassFixture<HtpiHostFixture>
{
    [Fact]
    public async Task A_patients_encounters_have_the_contracts_shape()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var patientId = await PatientWithEncountersAsync(wire, "tnt-riverside");

        var answer = await wire.AskAsync("htpi.encounters.list.for.patient", "encounters", new { tenantId = "tnt-riverside", patientId });

        Assert.True(answer.GetProperty("success").GetBoolean());
        foreach (var encounter in answer.GetProperty("encounters").EnumerateArray())
        {
            Assert.Equal("tnt-riverside", encounter.GetProperty("tenantId").GetString());
            Assert.Equal(patientId, encounter.GetProperty("patientId").GetString());
            foreach (var text in new[] { "id", "type", "provider", "chief_complaint", "notes", "status" })
            {
                Assert.Equal(JsonValueKind.String, encounter.GetProperty(text).ValueKind);
            }

            Assert.Equal(JsonValueKind.Array, encounter.GetProperty("diagnoses").ValueKind);
            Assert.Equal(JsonValueKind.Array, encounter.GetProperty("procedures").ValueKind);
            Assert.Equal(["blood_pressure", "pulse", "temperature", "weight"], encounter.GetProperty("vitals").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Matches(DateShapes.ZoneLess, encounter.GetProperty("date").GetString());
            Assert.Matches(DateShapes.ZoneLess, encounter.GetProperty("created_at").GetString());
        }
    }

    [Fact]
    public async Task An_encounter_is_fetched_by_its_id_alone_whatever_tenant_it_belongs_to()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var patientId = await PatientWithEncountersAsync(wire, "tnt-summit");
        var list = await wire.AskAsync("htpi.encounters.list.for.patient", "encounters", new { tenantId = "tnt-summit", patientId });
        var listed = list.GetProperty("encounters")[0];

        var answer = await wire.AskAsync("htpi.encounters.get", "encounters", new { encounterId = listed.GetProperty("id").GetString(), tenantId = "tnt-riverside" });
        var missing = await wire.AskAsync("htpi.encounters.get", "encounters", new { encounterId = "enc-999999" });

        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal("tnt-summit", answer.GetProperty("encounter").GetProperty("tenantId").GetString());
        Assert.Equal(listed.GetRawText(), answer.GetProperty("encounter").GetRawText());
        Assert.Equal("""{"success":false,"error":"Encounter not found"}""", JsonSerializer.Serialize(missing));
    }

    /// <summary>A patient of the tenant with at least one encounter, found through the patient service.</summary>
    private static async Task<string> PatientWithEncountersAsync(HtpiWire wire, string tenantId)
    {
        var user = tenantId == "tnt-summit" ? ("marco.alvarez@example.com", "demo-password-2", "usr-marco-alvarez") : ("dana.whitfield@example.com", "demo-password-1", "usr-dana-whitfield");
        var token = await wire.LoginAsync(user.Item1, user.Item2);
        var patients = await wire.AskAsync("htpi.patient.list", "patients", new { tenantId, userId = user.Item3, requestType = "list", limit = 100 }, token);
        foreach (var patient in patients.GetProperty("patients").EnumerateArray())
        {
            var id = patient.GetProperty("id").GetString()!;
            var encounters = await wire.AskAsync("htpi.encounters.list.for.patient", "encounters", new { tenantId, patientId = id });
            if (encounters.GetProperty("encounters").GetArrayLength() > 0)
            {
                return id;
            }
        }

        throw new InvalidOperationException("No patient of " + tenantId + " has an encounter.");
    }
}
