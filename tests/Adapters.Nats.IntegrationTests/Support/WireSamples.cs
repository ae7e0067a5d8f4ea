namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>Answers and broadcasts exactly as the contract's services send them.</summary>
internal static class WireSamples
{
    public static string Patient(string id = "p-1", string tenantId = TestScope.TenantA, string firstName = "Ada", string lastName = "Lovelace") => $$"""
        {"id": "{{id}}", "patientId": "P-{{id}}", "firstName": "{{firstName}}", "lastName": "{{lastName}}",
         "dateOfBirth": "1985-03-12", "gender": "female", "ssn": "123-45-6789", "phone": "555-0100",
         "email": "{{id}}@example.com", "address": "1 Main St", "city": "Springfield", "state": "IL", "zipCode": "62701",
         "insuranceCount": 2, "tenantId": "{{tenantId}}"}
        """;

    public const string Login = """
        {"success": true,
         "user": {"id": "user-1", "email": "ann@example.com", "name": "Ann Example", "role": "customer", "tenants": ["tenant-a", {"id": "tenant-b"}]},
         "token": "eyJhbGciOiJIUzI1NiJ9.issued.signature"}
        """;

    public const string VerifiedToken = """
        {"valid": true, "user_id": "user-1", "email": "ann@example.com", "role": "customer", "portal": "customer"}
        """;

    public const string Tenants = """
        {"success": true, "tenants": [
          {"id": "tenant-a", "name": "Alpha Clinic", "status": "active", "domain": "alpha.example", "role": "owner",
           "settings": {"features": ["claims", "insurance"]}, "created_at": "2025-01-02T03:04:05"},
          {"id": "tenant-b", "name": "Beta Practice", "status": "suspended", "settings": {}, "created_at": "2025-02-03T00:00:00"}]}
        """;

    public const string AccessGranted = """{"hasAccess": true, "userId": "user-1", "tenantId": "tenant-a"}""";

    public const string Stats = """
        {"patients": {"total": 120, "new_this_month": 7, "active": 100},
         "claims": {"total": 40, "pending": 5, "approved": 30, "denied": 5, "total_amount": 12345.67},
         "encounters": {"today": 3, "this_week": 15, "this_month": 60},
         "insurance": {"verified": 90, "pending_verification": 8, "expired": 2}}
        """;

    public static readonly string StatsAnswer = $$"""{"success": true, "stats": {{Stats}}, "tenantId": "tenant-a"}""";

    public const string Activity = """
        {"success": true, "activities": [
          {"id": "a-1", "type": "patient_created", "description": "Ada registered", "timestamp": "2026-11-20T10:00:00", "user": "Ann"},
          {"id": 2, "type": "claim_submitted", "description": "Claim CLM-7 submitted", "timestamp": "2026-11-21T09:30:00Z", "user": "Bob"}]}
        """;

    public const string Alerts = """
        {"success": true, "alerts": [
          {"id": "al-1", "type": "warning", "title": "Insurance expiring", "message": "3 policies expire this week", "timestamp": "2026-11-21T08:00:00Z"},
          {"id": "al-2", "type": "error", "title": "Claim denied", "timestamp": "2026-11-21T07:00:00Z"},
          {"id": "al-3", "type": "info", "title": "Welcome", "message": "", "timestamp": "2026-11-20T07:00:00Z"}]}
        """;

    public static string PatientList(params string[] patients) =>
        $$"""{"responseType": "list", "patients": [{{string.Join(",", patients)}}]}""";

    public static string PatientAnswer(string patient) => $$"""{"patient": {{patient}}}""";

    public static string PatientCreated(string patient) => $$"""{"responseType": "created", "patient": {{patient}}}""";

    public const string Policies = """
        {"policies": [
          {"coverage_order": 2, "insurance_company": "Second Mutual", "plan_type": "HMO", "policy_number": "SM-2",
           "group_number": null, "subscriber_name": "Ada Lovelace", "subscriber_relationship": "self",
           "effective_date": "2024-01-01", "termination_date": null, "copay": null, "deductible": 500,
           "verification_status": "pending_verification"},
          {"coverage_order": 1, "insurance_company": "First Health", "plan_type": "PPO", "policy_number": "FH-1",
           "group_number": "G-77", "subscriber_name": "Ada Lovelace", "subscriber_relationship": "self",
           "effective_date": "2023-01-01", "termination_date": "2027-12-31", "copay": 25.5, "deductible": 1000,
           "verification_status": "verified"}]}
        """;

    public const string Claims = """
        {"claims": [
          {"id": "c-1", "claim_number": "CLM-1", "status": "paid", "service_date": "2026-01-05", "total_charge": 150.00, "paid_amount": 120.10, "payer": "First Health"},
          {"id": "c-2", "claim_number": "CLM-2", "status": "pending", "service_date": "2026-03-01", "total_charge": 80, "paid_amount": null, "payer": "First Health"}]}
        """;

    public const string Claim = """
        {"claim": {"id": "c-1", "claim_number": "CLM-1", "status": "approved", "service_date": "2026-01-05",
          "total_charge": 150.00, "paid_amount": 0, "payer": "First Health",
          "lines": [{"procedure_code": "99213", "description": "Office visit", "units": 1, "charge": 100.00},
                    {"procedure_code": "85025", "description": "Blood count", "units": 2, "charge": 50}]}}
        """;

    public static string Refusal(string error) => $$"""{"success": false, "error": "{{error}}"}""";
}
