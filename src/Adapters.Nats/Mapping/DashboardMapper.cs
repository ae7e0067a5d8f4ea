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
    /// <summary>Stats the answer says are another tenant's are never shown: the answer is malformed, and only the stats card unavailable.</summary>
    public static DashboardStats ToStats(DashboardStatsAnswer answer, TenantId tenantId)
    {
        TenantGate.RequireListedFor(answer.TenantId, tenantId);
        return ToStats(answer.Stats);
    }

    /// <summary>
    /// Only <c>stats</c> itself is required: a block or a count that is missing, or negative, is that one figure unknown,
    /// shown as a dash, never the card.
    /// </summary>
    public static DashboardStats ToStats(StatsDto? stats)
    {
        var dto = WireValues.Require(stats, "stats");
        var patients = dto.Patients;
        var claims = dto.Claims;
        var encounters = dto.Encounters;
        var insurance = dto.Insurance;
        return new DashboardStats(
            new PatientCounts(UnknownOrCount.From(patients?.Total), UnknownOrCount.From(patients?.NewThisMonth), UnknownOrCount.From(patients?.Active)),
            new ClaimCounts(
                UnknownOrCount.From(claims?.Total),
                UnknownOrCount.From(claims?.Pending),
                UnknownOrCount.From(claims?.Approved),
                UnknownOrCount.From(claims?.Denied),
                WireValues.FormattedDollarsOrNull(claims?.TotalAmount)),
            new EncounterCounts(UnknownOrCount.From(encounters?.Today), UnknownOrCount.From(encounters?.ThisWeek), UnknownOrCount.From(encounters?.ThisMonth)),
            new InsuranceCounts(UnknownOrCount.From(insurance?.Verified), UnknownOrCount.From(insurance?.PendingVerification), UnknownOrCount.From(insurance?.Expired)));
    }

    /// <summary>A <c>stats</c> broadcast: like an answer's, but one without a single figure is no update at all.</summary>
    public static DashboardStats ToStatsUpdate(StatsDto? stats)
    {
        var update = ToStats(stats);
        return update.HasAnyFigure ? update : throw new MalformedAnswerException("The stats broadcast carries no figure.");
    }

    /// <summary>Most recent first, whatever order the service sent.</summary>
    public static IReadOnlyList<Activity> ToActivities(ActivityAnswer answer, TenantId tenantId)
    {
        TenantGate.RequireListedFor(answer.TenantId, tenantId);
        // An entry whose time cannot be read has no place in a newest-first feed, and one without a description says
        // nothing: that entry is left out, not the card.
        return WireValues.Require(answer.Activities, "activities")
            .Select(dto => WireValues.TryParseTimestamp(dto.Timestamp, out var at) && !string.IsNullOrWhiteSpace(dto.Description) ? ToActivity(dto, at) : null)
            .OfType<Activity>()
            .OrderByDescending(activity => activity.Timestamp)
            .ToArray();
    }

    public static Activity ToActivity(ActivityDto dto) => ToActivity(dto, WireValues.RequireTimestamp(dto.Timestamp, "activity.timestamp"));

    private static Activity ToActivity(ActivityDto dto, DateTimeOffset at) => new(
        WireValues.OrEmpty(dto.Id),
        WireValues.OrEmpty(dto.Type),
        WireValues.RequireText(dto.Description, "activity.description"),
        at,
        WireValues.OrEmpty(dto.User));

    public static IReadOnlyList<Alert> ToAlerts(AlertsAnswer answer, TenantId tenantId)
    {
        TenantGate.RequireListedFor(answer.TenantId, tenantId);
        return WireValues.Require(answer.Alerts, "alerts").Select(ToAlertOrNull).OfType<Alert>().ToArray();
    }

    /// <summary>An alert without a title is headed by its message; one with neither says nothing and is left out.</summary>
    private static Alert? ToAlertOrNull(AlertDto dto) =>
        string.IsNullOrWhiteSpace(dto.Title)
            ? string.IsNullOrWhiteSpace(dto.Message) ? null : ToAlert(dto, dto.Message, string.Empty)
            : ToAlert(dto, dto.Title, WireValues.OrEmpty(dto.Message));

    private static Alert ToAlert(AlertDto dto, string title, string message) => new(
        WireValues.OrEmpty(dto.Id),
        ToSeverity(dto.Type),
        title,
        message,
        WireValues.TryParseTimestamp(dto.Timestamp, out var raised) ? raised : null,
        Identifier.IsValid(dto.PatientId) ? new PatientId(dto.PatientId!) : null,
        Identifier.IsValid(dto.ClaimId) ? new ClaimId(dto.ClaimId!) : null);

    private static AlertSeverity ToSeverity(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "WARNING" or "WARN" => AlertSeverity.Warning,
        "ERROR" or "CRITICAL" or "DANGER" => AlertSeverity.Error,
        _ => AlertSeverity.Info,
    };
}
