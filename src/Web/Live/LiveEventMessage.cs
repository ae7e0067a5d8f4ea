using Portal.Domain.LiveUpdates;

namespace Portal.Web.Live;

/// <summary>One live event as the browser's live.js reads it (JSON, camelCase); only display text and numbers, never markup.</summary>
public sealed record LiveEventMessage(
    string Kind,
    DateTimeOffset Timestamp,
    IReadOnlyDictionary<string, string>? Stats,
    LiveActivity? Activity,
    LivePatient? Patient,
    string? Summary,
    LiveEncounter? Encounter = null)
{
    public static LiveEventMessage From(TenantEvent tenantEvent)
    {
        ArgumentNullException.ThrowIfNull(tenantEvent);
        var stats = tenantEvent.Stats is { } s
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["patients-total"] = Count(s.Patients.Total),
                ["patients-new"] = Count(s.Patients.NewThisMonth),
                ["patients-active"] = Count(s.Patients.Active),
                ["claims-total"] = Count(s.Claims.Total),
                ["claims-pending"] = Count(s.Claims.Pending),
                ["claims-approved"] = Count(s.Claims.Approved),
                ["claims-denied"] = Count(s.Claims.Denied),
                ["claims-amount"] = Formatting.Display.Money(s.Claims.TotalAmount),
                ["encounters-today"] = Count(s.Encounters.Today),
                ["encounters-week"] = Count(s.Encounters.ThisWeek),
                ["encounters-month"] = Count(s.Encounters.ThisMonth),
                ["insurance-verified"] = Count(s.Insurance.Verified),
                ["insurance-pending"] = Count(s.Insurance.PendingVerification),
                ["insurance-expired"] = Count(s.Insurance.Expired),
            }
            : null;
        var activity = tenantEvent.Activity is { } a
            ? new LiveActivity(a.Description, a.User, LiveTime.Instant(a.Timestamp))
            : null;
        var patient = tenantEvent.Patient is { } p
            ? new LivePatient(p.Id.Value, p.PatientNumber, p.FullName, p.DateOfBirth is { } born ? LiveTime.Date(born) : null, p.Phone, p.Email)
            : null;
        var encounter = tenantEvent.Encounter is { } e ? LiveEncounter.From(e) : null;
        return new LiveEventMessage(KindCode(tenantEvent.Kind), tenantEvent.Timestamp, stats, activity, patient, tenantEvent.Summary, encounter);
    }

    public static string KindCode(TenantEventKind kind) => kind switch
    {
        TenantEventKind.Stats => "stats",
        TenantEventKind.Activity => "activity",
        TenantEventKind.PatientUpdate => "patient-update",
        TenantEventKind.ClaimUpdate => "claim-update",
        TenantEventKind.EncounterUpdate => "encounter-update",
        TenantEventKind.PatientCreated => "patient-created",
        TenantEventKind.PatientUpdated => "patient-updated",
        TenantEventKind.PatientDeleted => "patient-deleted",
        TenantEventKind.EncounterCreated => "encounter-created",
        TenantEventKind.EncounterUpdated => "encounter-updated",
        _ => "unknown",
    };

    private static string Count(int value) => Formatting.Display.Number(value);
}
