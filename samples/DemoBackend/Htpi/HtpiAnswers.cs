using System.Globalization;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// The JSON shapes of htpi-nats-contract.md, field for field (and case for case: the services mix camelCase and
/// snake_case). Amounts go out as US dollars with two decimals, dates as <c>yyyy-MM-dd</c>, instants as ISO-8601 UTC.
/// </summary>
internal static class HtpiAnswers
{
    public static object Failure(string error) => new { success = false, error };

    public static object Patient(DemoPatient patient, int insuranceCount) => new
    {
        id = patient.Id,
        patientId = patient.PatientNumber,
        firstName = patient.FirstName,
        lastName = patient.LastName,
        dateOfBirth = Date(patient.DateOfBirth),
        gender = patient.Gender,
        ssn = patient.SsnLastFour.Length == 4 ? "***-**-" + patient.SsnLastFour : null,
        phone = patient.Phone,
        email = patient.Email,
        address = patient.Address,
        city = patient.City,
        state = patient.State,
        zipCode = patient.ZipCode,
        insuranceCount,
        tenantId = patient.TenantId,
    };

    public static object Tenant(DemoTenant tenant, DemoMembership membership) => new
    {
        id = tenant.Id,
        name = tenant.Name,
        status = "active",
        domain = tenant.Domain,
        role = membership.PlatformRole,
        settings = new { features = tenant.Features },
        created_at = Instant(tenant.CreatedAt),
    };

    public static object Policy(DemoPolicy policy) => new
    {
        coverage_order = policy.CoverageOrder,
        insurance_company = policy.InsuranceCompany,
        plan_type = policy.PlanType,
        policy_number = policy.PolicyNumber,
        group_number = policy.GroupNumber,
        subscriber_name = policy.SubscriberName,
        subscriber_relationship = policy.SubscriberRelationship,
        effective_date = Date(policy.EffectiveDate),
        termination_date = policy.TerminationDate is { } end ? Date(end) : null,
        copay = Dollars(policy.CopayCents),
        deductible = Dollars(policy.DeductibleCents),
        verification_status = policy.VerificationStatus,
    };

    public static object ClaimSummary(DemoClaim claim) => ClaimFields(claim);

    /// <summary>The summary's fields, then whose claim it is and its lines.</summary>
    public static object Claim(DemoClaim claim)
    {
        var detail = ClaimFields(claim);
        detail["patient_id"] = claim.PatientId;
        detail["tenant_id"] = claim.TenantId;
        detail["lines"] = claim.Lines.Select(line => new
        {
            procedure_code = line.ProcedureCode,
            description = line.Description,
            units = line.Units,
            charge = Dollars(line.ChargeCents),
        });
        return detail;
    }

    public static object Activity(DemoActivity activity) => new
    {
        id = activity.Id,
        type = activity.Type,
        description = activity.Description,
        timestamp = Instant(activity.Timestamp),
        user = activity.User,
    };

    public static object Alert(DemoAlert alert) => new
    {
        id = alert.Id,
        type = alert.Type,
        title = alert.Title,
        message = alert.Message,
        timestamp = Instant(alert.Timestamp),
        patientId = alert.PatientId,
        claimId = alert.ClaimId,
    };

    /// <summary><c>customer.broadcast.dashboard.&lt;tenantId&gt;</c>: <c>{type, data, timestamp, tenantId}</c>.</summary>
    public static object DashboardBroadcast(string type, object data, DateTimeOffset timestamp, string tenantId) => new
    {
        type,
        data,
        timestamp = Instant(timestamp),
        tenantId,
    };

    /// <summary><c>customer.broadcast.patients.&lt;tenantId&gt;</c>: <c>{type, patient, tenantId}</c>, plus when it happened.</summary>
    public static object PatientBroadcast(string type, object patient, string tenantId, DateTimeOffset timestamp) =>
        new { type, patient, tenantId, timestamp = Instant(timestamp) };

    private static Dictionary<string, object?> ClaimFields(DemoClaim claim) => new()
    {
        ["id"] = claim.Id,
        ["claim_number"] = claim.ClaimNumber,
        ["status"] = claim.Status,
        ["service_date"] = Date(claim.ServiceDate),
        ["total_charge"] = Dollars(claim.TotalChargeCents),
        ["paid_amount"] = Dollars(claim.PaidCents),
        ["payer"] = claim.Payer,
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static decimal Dollars(long cents) => decimal.Round(cents / 100m, 2);
}
