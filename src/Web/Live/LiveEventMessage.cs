using Portal.Domain.Dashboard;
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
        var stats = tenantEvent.Stats is { } s ? Figures(s) : null;
        var activity = tenantEvent.Activity is { } a
            ? new LiveActivity(a.Id, a.Description, a.User, LiveTime.Instant(a.Timestamp))
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

    /// <summary>The figures an update carries; one it does not is left out, so the page keeps what it shows.</summary>
    private static Dictionary<string, string> Figures(DashboardStats stats)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, int? count)
        {
            if (count is { } known)
            {
                figures[key] = Formatting.Display.Number(known);
            }
        }

        Add("patients-total", stats.Patients.Total);
        Add("patients-new", stats.Patients.NewThisMonth);
        Add("patients-active", stats.Patients.Active);
        Add("claims-total", stats.Claims.Total);
        Add("claims-pending", stats.Claims.Pending);
        Add("claims-approved", stats.Claims.Approved);
        Add("claims-denied", stats.Claims.Denied);
        Add("encounters-today", stats.Encounters.Today);
        Add("encounters-week", stats.Encounters.ThisWeek);
        Add("encounters-month", stats.Encounters.ThisMonth);
        Add("insurance-verified", stats.Insurance.Verified);
        Add("insurance-pending", stats.Insurance.PendingVerification);
        Add("insurance-expired", stats.Insurance.Expired);
        if (stats.Claims.TotalAmount is { } amount)
        {
            figures["claims-amount"] = Formatting.Display.Money(amount);
        }

        return figures;
    }
}
