using System.Text.Json;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>The encounters service's mock records and answers, exactly as it sends them.</summary>
internal static class PublicEncounters
{
    public const string Checkup = """
        {"id": "enc-001", "tenantId": "tenant-a", "patientId": "pat-001", "date": "2024-07-01T10:00:00Z", "type": "office_visit",
         "provider": "Dr. Smith", "chief_complaint": "Annual checkup", "diagnoses": ["Z00.00"], "procedures": ["99213"],
         "vitals": {"blood_pressure": "120/80", "temperature": "98.6", "pulse": "72", "weight": "165 lbs"},
         "notes": "Patient in good health. Continue current medications.", "status": "completed", "created_at": "2024-07-01T10:00:00Z"}
        """;

    /// <summary>One the service created: its own zone-less timestamps, vitals left out, status <c>in_progress</c>.</summary>
    public const string FollowUp = """
        {"id": "enc-003", "tenantId": "tenant-a", "patientId": "pat-001", "date": "2025-08-05T07:08:19.123456", "type": "follow_up",
         "provider": "Dr. Johnson", "chief_complaint": null, "diagnoses": [], "procedures": [], "vitals": {},
         "notes": "", "status": "in_progress", "created_at": "2025-08-05T07:08:19.123456"}
        """;

    public static string List(params string[] encounters) =>
        $$"""{"success": true, "encounters": [{{string.Join(",", encounters)}}], "clientId": "ignored"}""";

    public static string Found(string encounter) => $$"""{"success": true, "encounter": {{encounter}}, "clientId": "ignored"}""";

    public const string NotFound = """{"success": false, "error": "Encounter not found", "clientId": "ignored"}""";

    /// <summary>The service's get: any encounter by id, whoever's it is.</summary>
    public static string Get(JsonElement request, params string[] known)
    {
        var id = request.GetProperty("encounterId").GetString();
        var match = known.FirstOrDefault(encounter => encounter.Contains($"\"id\": \"{id}\"", StringComparison.Ordinal));
        return match is null ? NotFound : Found(match);
    }
}
