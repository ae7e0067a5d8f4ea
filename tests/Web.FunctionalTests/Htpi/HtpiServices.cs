using System.Text;
using System.Text.Json;
using NATS.Client.Core;

namespace Portal.Web.FunctionalTests.Htpi;

/// <summary>
/// Stand-ins for the public HTPI services on a real nats-server, answering as they do: login, the tenant list, the
/// dashboard, the patients and a patient's insurance, claims and encounters publish to
/// <c>&lt;portal&gt;.&lt;area&gt;.response.&lt;clientId&gt;</c>; verify and verify.access answer only on the reply subject;
/// nothing echoes <c>requestId</c>. Their data is the services' own mock data (demo@htpi.com, with tenant-001 and
/// tenant-002), and tenant-001's settings keep a Claim.MD API key, as the tenant service's do.
/// </summary>
internal sealed class HtpiServices : IAsyncDisposable
{
    public const string Email = "demo@htpi.com";
    public const string Password = "demo123";
    public const string TenantId = "tenant-001";
    public const string UserId = "user-cust-001";

    /// <summary>Ada's id, the one patient <c>htpi.patient.get</c> finds.</summary>
    public const string PatientId = "pat-001";

    private readonly NatsConnection connection;
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> loops = [];

    private HtpiServices(NatsConnection connection) => this.connection = connection;

    /// <summary>The answer to <c>htpi.patient.list</c>'s request; by default Ada alone, as a whole list Portal pages itself.</summary>
    public Func<JsonElement, string> PatientList { get; set; } = request => $$"""
        {"responseType": "list", "patients": [
          {"id": "pat-001", "patientId": "P-001", "firstName": "Ada", "lastName": "Lovelace", "dateOfBirth": "1985-03-12",
           "tenantId": "{{request.GetProperty("tenantId").GetString()}}"}]}
        """;

    /// <summary>The answer to <c>htpi.claims.list.for.patient</c>'s request; by default none.</summary>
    public Func<JsonElement, string> ClaimList { get; set; } = _ => """{"claims": []}""";

    /// <summary>The answer to <c>htpi.encounters.list.for.patient</c>'s request; by default none.</summary>
    public Func<JsonElement, string> EncounterList { get; set; } = _ => """{"success": true, "encounters": []}""";

    public static async Task<HtpiServices> StartAsync(string url, string plantedApiKey)
    {
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = "htpi-public-services" });
        await connection.ConnectAsync();
        var services = new HtpiServices(connection);
        await services.PublishedAsync("htpi.auth.login", "auth", _ => $$"""
            {"success": true, "clientId": "c", "timestamp": "2025-08-05T07:08:19.123456", "token": "eyJhbGciOiJIUzI1NiJ9.public.signature",
             "user": {"id": "{{UserId}}", "email": "{{Email}}", "name": "Demo User", "role": "user", "tenants": ["tenant-001", "tenant-002"] } }
            """);
        await services.ReplyAsync("htpi.auth.verify", _ => $$"""
            {"valid": true, "user_id": "{{UserId}}", "email": "{{Email}}", "role": "user", "portal": "customer"}
            """);
        await services.PublishedAsync("htpi.tenant.list.for.user", "tenants", _ => $$"""
            {"success": true, "clientId": "c", "tenants": [
              {"id": "tenant-001", "name": "Mercy General Hospital", "status": "active", "created_at": "2024-01-01T00:00:00Z",
               "settings": {"claimmd_accounts": [{"id": "claimmd-001", "name": "Primary Account", "api_key": "{{plantedApiKey}}"}],
                            "features": ["patients", "claims", "insurance", "encounters"]} },
              {"id": "tenant-002", "name": "Springfield Clinic", "status": "active", "created_at": "2024-01-15T00:00:00",
               "settings": {"claimmd_accounts": [{"id": "claimmd-002", "name": "Main Account", "api_key": "{{plantedApiKey}}"}],
                            "features": ["patients", "claims", "insurance"]} } ]}
            """);
        await services.ReplyAsync("htpi.tenant.verify.access", request =>
        {
            var tenant = request.GetProperty("tenantId").GetString();
            var granted = request.GetProperty("userId").GetString() == UserId && tenant is "tenant-001" or "tenant-002";
            return $$"""{"hasAccess": {{(granted ? "true" : "false")}}, "userId": "{{UserId}}", "tenantId": "{{tenant}}"}""";
        });
        await services.PublishedAsync("htpi.dashboard.get.stats", "dashboard", request => $$"""
            {"success": true, "tenantId": "{{request.GetProperty("tenantId").GetString()}}", "clientId": "c", "timestamp": "2025-08-05T07:08:19.123456",
             "stats": {"patients": {"total": 187, "new_this_month": 21, "active": 150},
                       "claims": {"total": 512, "pending": 33, "approved": 460, "denied": 19, "total_amount": "$123,456"},
                       "encounters": {"today": 14, "this_week": 77, "this_month": 300},
                       "insurance": {"verified": 150, "pending_verification": 20, "expired": 9} } }
            """);
        await services.PublishedAsync("htpi.dashboard.get.activity", "dashboard", request => $$"""
            {"success": true, "tenantId": "{{request.GetProperty("tenantId").GetString()}}", "clientId": "c", "activities": [
              {"id": "activity-1", "type": "claim_submitted", "description": "Claim submitted to insurance", "timestamp": "2025-08-05T07:08:19.123456", "user": "user3@example.com"}]}
            """);
        await services.PublishedAsync("htpi.dashboard.get.alerts", "dashboard", request => $$"""
            {"success": true, "tenantId": "{{request.GetProperty("tenantId").GetString()}}", "clientId": "c", "alerts": [
              {"id": "alert-3", "type": "success", "title": "Claims Batch Processed", "message": "45 claims successfully submitted to insurers", "timestamp": "2025-08-05T02:08:19.123456"}]}
            """);
        await services.PublishedAsync("htpi.patient.list", "patients", request => services.PatientList(request));
        // Ada, the patient the default list holds, without insurance; any other patient is not found.
        await services.PublishedAsync("htpi.patient.get", "patients", request => request.GetProperty("patientId").GetString() == PatientId
            ? $$"""
              {"patient": {"id": "{{PatientId}}", "patientId": "P-001", "firstName": "Ada", "lastName": "Lovelace", "dateOfBirth": "1985-03-12",
               "tenantId": "{{request.GetProperty("tenantId").GetString()}}"} }
              """
            : """{"patient": null}""");
        await services.PublishedAsync("htpi.insurance.list.for.patient", "insurance", _ => """{"policies": []}""");
        await services.PublishedAsync("htpi.claims.list.for.patient", "claims", request => services.ClaimList(request));
        await services.PublishedAsync("htpi.encounters.list.for.patient", "encounters", request => services.EncounterList(request));
        await connection.PingAsync();
        return services;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(loops);
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation.
        }

        await connection.DisposeAsync();
        stop.Dispose();
    }

    private Task PublishedAsync(string subject, string area, Func<JsonElement, string> answer) =>
        ServeAsync(subject, (request, body) =>
            $"{(body.TryGetProperty("portal", out var portal) ? portal.GetString() : "customer")}.{area}.response.{body.GetProperty("clientId").GetString()}",
            answer);

    private Task ReplyAsync(string subject, Func<JsonElement, string> answer) => ServeAsync(subject, (request, _) => request.ReplyTo, answer);

    private async Task ServeAsync(string subject, Func<NatsMsg<byte[]>, JsonElement, string?> target, Func<JsonElement, string> answer)
    {
        var subscription = await connection.SubscribeCoreAsync<byte[]>(subject);
        loops.Add(Task.Run(async () =>
        {
            await using (subscription)
            {
                await foreach (var request in subscription.Msgs.ReadAllAsync(stop.Token))
                {
                    using var document = JsonDocument.Parse(request.Data);
                    if (target(request, document.RootElement) is { } to)
                    {
                        await connection.PublishAsync(to, Encoding.UTF8.GetBytes(answer(document.RootElement)));
                    }
                }
            }
        }));
    }
}
