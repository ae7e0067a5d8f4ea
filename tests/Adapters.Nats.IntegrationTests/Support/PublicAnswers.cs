using System.Globalization;
using System.Text.Json;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>Answers shaped exactly as the public HTPI services send them (their mock data, their field names and quirks).</summary>
internal static class PublicAnswers
{
    /// <summary>A secret the tenant service keeps in a tenant's settings; it must never leave the adapter.</summary>
    public const string PlantedApiKey = "claimmd-secret-4f1c9a77e2";

    /// <summary><c>user.tenants</c> is a list of tenant-id strings; the answer echoes the client, never the request id.</summary>
    public const string Login = """
        {"success": true, "clientId": "ignored", "timestamp": "2025-08-05T07:08:19.123456",
         "user": {"id": "user-cust-001", "email": "demo@htpi.com", "name": "Demo User", "role": "user", "tenants": ["tenant-001", "tenant-002"]},
         "token": "eyJhbGciOiJIUzI1NiJ9.public.signature"}
        """;

    /// <summary>Tenants without <c>domain</c> or <c>role</c>, whose settings hold Claim.MD accounts with their API keys.</summary>
    public const string Tenants = $$"""
        {"success": true, "clientId": "ignored", "tenants": [
          {"id": "tenant-001", "name": "Mercy General Hospital", "status": "active",
           "settings": {"claimmd_accounts": [{"id": "claimmd-001", "name": "Primary Account", "api_key": "{{PlantedApiKey}}"}],
                        "features": ["patients", "claims", "insurance", "encounters"]},
           "created_at": "2024-01-01T00:00:00Z"},
          {"id": "tenant-002", "name": "Springfield Clinic", "status": "active",
           "settings": {"claimmd_accounts": [], "features": ["patients", "claims", "insurance"]},
           "created_at": "2025-08-05T07:08:19.123456"}]}
        """;

    /// <summary>The auth service's verify answer: no <c>clientId</c>, no <c>success</c>.</summary>
    public const string Verified = """
        {"valid": true, "user_id": "user-cust-001", "email": "demo@htpi.com", "role": "user", "portal": "customer"}
        """;

    /// <summary>
    /// The dashboard service's stats for the asked tenant, echoing its <c>tenantId</c>; the patients total is the tenant's
    /// number ("tenant-007" → 7) so a test can tell answers apart, and the claimed total is formatted text.
    /// </summary>
    public static string Stats(JsonElement request)
    {
        var tenantId = request.GetProperty("tenantId").GetString()!;
        var number = int.Parse(tenantId[(tenantId.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
        return $$"""
            {"success": true, "tenantId": "{{tenantId}}", "clientId": "ignored", "timestamp": "2025-08-05T07:08:19.123456",
             "stats": {"patients": {"total": {{number}}, "new_this_month": 12, "active": 150},
                       "claims": {"total": 450, "pending": 30, "approved": 400, "denied": 20, "total_amount": "$123,456"},
                       "encounters": {"today": 11, "this_week": 60, "this_month": 250},
                       "insurance": {"verified": 120, "pending_verification": 15, "expired": 7} } }
            """;
    }

    /// <summary>The tenant service's access check: it trusts the user id it is sent; demo's user has tenant-001 and -002.</summary>
    public static string Access(JsonElement request)
    {
        var userId = request.GetProperty("userId").GetString();
        var tenantId = request.GetProperty("tenantId").GetString();
        var granted = userId == "user-cust-001" && tenantId is "tenant-001" or "tenant-002";
        return $$"""{"hasAccess": {{(granted ? "true" : "false")}}, "userId": "{{userId}}", "tenantId": "{{tenantId}}"}""";
    }
}
