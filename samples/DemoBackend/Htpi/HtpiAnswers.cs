using System.Globalization;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// The JSON shapes of htpi-nats-contract.md, field for field (and case for case: the services mix camelCase and
/// snake_case). The public services' instants are zone-less ISO-8601 (meaning UTC), as Python's <c>utcnow().isoformat()</c>
/// writes them; this project's own services (patients, insurance, claims) write UTC with <c>Z</c>. Amounts go out as US
/// dollars with two decimals, dates as <c>yyyy-MM-dd</c>.
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

    /// <summary>
    /// A tenant as the tenant service keeps it: no domain or role; <c>settings</c> carries the features, the link to the
    /// Platform customer when there is one, and the Claim.MD account with its API key (a secret Portal must never show).
    /// </summary>
    public static object Tenant(DemoTenant tenant)
    {
        var settings = new Dictionary<string, object?>
        {
            ["features"] = tenant.Features,
            ["claimmd_accounts"] = new[]
            {
                new { account_name = tenant.Name + " (Claim.MD)", account_id = "CMD-" + tenant.Id[4..].ToUpperInvariant(), api_key = tenant.ClaimMdApiKey },
            },
        };
        if (tenant.PlatformCustomerId is { } customerId)
        {
            settings["platform_customer_id"] = customerId;
        }

        return new
        {
            id = tenant.Id,
            name = tenant.Name,
            status = "active",
            settings,
            created_at = ZoneLess(tenant.CreatedAt),
        };
    }

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
        timestamp = ZoneLess(activity.Timestamp),
        user = activity.User,
    };

    public static object Alert(DemoAlert alert) => new
    {
        id = alert.Id,
        type = alert.Type,
        title = alert.Title,
        message = alert.Message,
        timestamp = ZoneLess(alert.Timestamp),
        patientId = alert.PatientId,
        claimId = alert.ClaimId,
    };

    /// <summary>
    /// <c>customer.broadcast.dashboard.&lt;tenantId&gt;</c>: <c>{type, data, timestamp, tenantId}</c>, type <c>activity</c>,
    /// <c>patient_update</c>, <c>claim_update</c> or <c>encounter_update</c>.
    /// </summary>
    public static object DashboardBroadcast(string type, object data, DateTimeOffset timestamp, string tenantId) => new
    {
        type,
        data,
        timestamp = ZoneLess(timestamp),
        tenantId,
    };

    /// <summary>An encounter as the encounters service answers it; <c>updated_at</c> only once it changed.</summary>
    public static object Encounter(DemoEncounter encounter)
    {
        var fields = new Dictionary<string, object?>
        {
            ["id"] = encounter.Id,
            ["tenantId"] = encounter.TenantId,
            ["patientId"] = encounter.PatientId,
            ["date"] = ZoneLess(encounter.Date),
            ["type"] = encounter.Type,
            ["provider"] = encounter.Provider,
            ["chief_complaint"] = encounter.ChiefComplaint,
            ["diagnoses"] = encounter.Diagnoses,
            ["procedures"] = encounter.Procedures,
            ["vitals"] = new
            {
                blood_pressure = encounter.Vitals.BloodPressure,
                temperature = encounter.Vitals.Temperature,
                pulse = encounter.Vitals.Pulse,
                weight = encounter.Vitals.Weight,
            },
            ["notes"] = encounter.Notes,
            ["status"] = encounter.Status,
            ["created_at"] = ZoneLess(encounter.CreatedAt),
        };
        if (encounter.UpdatedAt is { } updated)
        {
            fields["updated_at"] = ZoneLess(updated);
        }

        return fields;
    }

    /// <summary>A claims total as the dashboard service formats it: whole dollars, e.g. <c>"$123,456"</c>.</summary>
    public static string DollarsText(long cents) =>
        "$" + Math.Round(cents / 100m, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);

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

    /// <summary>Python's <c>datetime.utcnow().isoformat()</c>: no zone, microseconds only when there are any.</summary>
    public static string ZoneLess(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return utc.ToString(utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
    }

    public static decimal Dollars(long cents) => decimal.Round(cents / 100m, 2);
}
