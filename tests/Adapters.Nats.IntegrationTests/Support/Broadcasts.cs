namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>Broadcast subjects and payloads as the contract's services publish them.</summary>
internal static class Broadcasts
{
    public static string DashboardSubject(string tenantId) => "customer.broadcast.dashboard." + tenantId;

    public static string PatientsSubject(string tenantId) => "customer.broadcast.patients." + tenantId;

    public static string Stats(string tenantId) =>
        $$"""{"type": "stats", "data": {{WireSamples.Stats}}, "timestamp": "2026-11-22T04:00:00Z", "tenantId": "{{tenantId}}"}""";

    public static string Activity(string tenantId, string id) => $$"""
        {"type": "activity", "tenantId": "{{tenantId}}", "timestamp": "2026-11-22T04:00:00Z",
         "data": {"id": "{{id}}", "type": "claim_submitted", "description": "Claim {{id}} submitted", "timestamp": "2026-11-22T03:59:00Z", "user": "Bob"} }
        """;

    public static string Notice(string tenantId, string type, string? message = null)
    {
        var data = message is null ? "{}" : $$"""{"message": "{{message}}"}""";
        return $$"""{"type": "{{type}}", "tenantId": "{{tenantId}}", "data": {{data}} }""";
    }

    public static string PatientChange(string tenantId, string type, string patientId = "p-1") =>
        $$"""{"type": "{{type}}", "patient": {{WireSamples.Patient(patientId, tenantId)}}, "tenantId": "{{tenantId}}"}""";

    public static string PatientDeleted(string tenantId) => $$"""{"type": "deleted", "tenantId": "{{tenantId}}"}""";
}
