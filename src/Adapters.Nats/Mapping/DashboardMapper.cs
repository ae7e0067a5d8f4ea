using Portal.Adapters.Nats.Contracts.Dashboard;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Dashboard;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

internal static class DashboardMapper
{
    /// <summary>Stats the answer says are another tenant's are not found, never shown.</summary>
    public static DashboardStats ToStats(DashboardStatsAnswer answer, TenantId tenantId)
    {
        TenantGate.Require(answer.TenantId, tenantId, HtpiOperations.DashboardStats.Thing);
        return ToStats(answer.Stats);
    }

    public static DashboardStats ToStats(StatsDto? stats)
    {
        var dto = WireValues.Require(stats, "stats");
        var patients = WireValues.Require(dto.Patients, "stats.patients");
        var claims = WireValues.Require(dto.Claims, "stats.claims");
        var encounters = WireValues.Require(dto.Encounters, "stats.encounters");
        var insurance = WireValues.Require(dto.Insurance, "stats.insurance");
        return new DashboardStats(
            new PatientCounts(
                WireValues.RequireValue(patients.Total, "stats.patients.total"),
                WireValues.RequireValue(patients.NewThisMonth, "stats.patients.new_this_month"),
                WireValues.RequireValue(patients.Active, "stats.patients.active")),
            new ClaimCounts(
                WireValues.RequireValue(claims.Total, "stats.claims.total"),
                WireValues.RequireValue(claims.Pending, "stats.claims.pending"),
                WireValues.RequireValue(claims.Approved, "stats.claims.approved"),
                WireValues.RequireValue(claims.Denied, "stats.claims.denied"),
                WireValues.FormattedDollarsOrNull(claims.TotalAmount)),
            new EncounterCounts(
                WireValues.RequireValue(encounters.Today, "stats.encounters.today"),
                WireValues.RequireValue(encounters.ThisWeek, "stats.encounters.this_week"),
                WireValues.RequireValue(encounters.ThisMonth, "stats.encounters.this_month")),
            new InsuranceCounts(
                WireValues.RequireValue(insurance.Verified, "stats.insurance.verified"),
                WireValues.RequireValue(insurance.PendingVerification, "stats.insurance.pending_verification"),
                WireValues.RequireValue(insurance.Expired, "stats.insurance.expired")));
    }

    /// <summary>Most recent first, whatever order the service sent.</summary>
    public static IReadOnlyList<Activity> ToActivities(ActivityAnswer answer, TenantId tenantId)
    {
        TenantGate.Require(answer.TenantId, tenantId, HtpiOperations.DashboardActivity.Thing);
        // An entry whose time cannot be read has no place in a newest-first feed: that entry is left out, not the card.
        return WireValues.Require(answer.Activities, "activities")
            .Select(dto => WireValues.TryParseInstant(dto.Timestamp, out var at) ? ToActivity(dto, at) : null)
            .OfType<Activity>()
            .OrderByDescending(activity => activity.Timestamp)
            .ToArray();
    }

    public static Activity ToActivity(ActivityDto dto) => ToActivity(dto, WireValues.RequireInstant(dto.Timestamp, "activity.timestamp"));

    private static Activity ToActivity(ActivityDto dto, DateTimeOffset at) => new(
        WireValues.RequireText(dto.Id, "activity.id"),
        WireValues.OrEmpty(dto.Type),
        WireValues.RequireText(dto.Description, "activity.description"),
        at,
        WireValues.OrEmpty(dto.User));

    public static IReadOnlyList<Alert> ToAlerts(AlertsAnswer answer, TenantId tenantId)
    {
        TenantGate.Require(answer.TenantId, tenantId, HtpiOperations.DashboardAlerts.Thing);
        return WireValues.Require(answer.Alerts, "alerts").Select(ToAlert).ToArray();
    }

    private static Alert ToAlert(AlertDto dto) => new(
        WireValues.RequireText(dto.Id, "alert.id"),
        ToSeverity(dto.Type),
        WireValues.RequireText(dto.Title, "alert.title"),
        WireValues.OrEmpty(dto.Message),
        WireValues.TryParseInstant(dto.Timestamp, out var raised) ? raised : null,
        Identifier.IsValid(dto.PatientId) ? new PatientId(dto.PatientId!) : null,
        Identifier.IsValid(dto.ClaimId) ? new ClaimId(dto.ClaimId!) : null);

    private static AlertSeverity ToSeverity(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "WARNING" or "WARN" => AlertSeverity.Warning,
        "ERROR" or "CRITICAL" or "DANGER" => AlertSeverity.Error,
        _ => AlertSeverity.Info,
    };
}
