using System.Text.Json;
using Portal.Adapters.Nats.Contracts.Encounters;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Encounters;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

/// <summary>
/// Encounters as the public encounters service sends them. It serves any tenant and finds an encounter by id alone, so
/// an encounter of another tenant asked by its id is "not found", and a patient's list leaves out an encounter of another
/// tenant or patient (<see cref="TenantGate"/>). In a list (asked by tenant and patient), one without <c>tenantId</c> or <c>patientId</c> is taken as the
/// asked one's, unless another names another tenant (<see cref="TenantGate.OwnRows"/>); one got by its id alone must name the asked tenant, or it is not found. Every field but the id degrades
/// alone: an unreadable date is unknown, missing text is empty.
/// </summary>
internal static class EncounterMapper
{
    /// <summary>
    /// Most recent first; an encounter without a readable date last. Another tenant's answer is malformed; an encounter of
    /// another tenant or patient, or without an id Portal can address, is left out.
    /// </summary>
    public static IReadOnlyList<Encounter> ToEncounters(EncounterListAnswer answer, TenantId tenantId, PatientId patientId)
    {
        var thing = HtpiOperations.ListEncountersForPatient.Thing;
        TenantGate.RequireListedFor(answer.TenantId, tenantId);
        return TenantGate.OwnRows(WireValues.Require(answer.Encounters, "encounters"), dto => dto.TenantId, tenantId)
            .Where(dto => WireValues.IsAddressable(dto.Id))
            .Where(dto => string.IsNullOrWhiteSpace(dto.PatientId) || string.Equals(dto.PatientId.Trim(), patientId.Value, StringComparison.Ordinal))
            .Select(dto => ToEncounter(dto, tenantId, thing, patientId))
            .OrderByDescending(encounter => encounter.Date ?? encounter.Day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            .ToArray();
    }

    /// <summary>
    /// The encounter <paramref name="encounterId"/>; none, another tenant's, or one that names no tenant (the service
    /// finds it by id alone, whoever's it is) is not found; another id than asked is malformed.
    /// </summary>
    public static Encounter ToEncounter(EncounterAnswer answer, TenantId tenantId, EncounterId encounterId)
    {
        var thing = HtpiOperations.GetEncounter.Thing;
        var dto = answer.Encounter ?? throw new NotFoundException(thing);
        // Only the encounter itself can vouch: an answer-level tenantId may be the request's, echoed back.
        TenantGate.Require(answer.TenantId, tenantId, thing);
        TenantGate.RequireNamed(dto.TenantId, tenantId, thing);
        var encounter = ToEncounter(dto, tenantId, thing, null);
        return encounter.Id == encounterId ? encounter : throw new MalformedAnswerException("The answer holds another encounter than asked.");
    }

    /// <param name="patientId">The patient asked about, taken when the encounter names none; null when none was asked (then the encounter must name one).</param>
    public static Encounter ToEncounter(EncounterDto dto, TenantId tenantId, string thing, PatientId? patientId)
    {
        TenantGate.Require(dto.TenantId, tenantId, thing);
        var patient = string.IsNullOrWhiteSpace(dto.PatientId)
            ? patientId ?? throw new MalformedAnswerException("The encounter names no patient.")
            : new PatientId(dto.PatientId.Trim());
        var vitals = dto.Vitals is { } v
            ? new Vitals(WireValues.OrEmpty(v.BloodPressure), WireValues.OrEmpty(v.Temperature), WireValues.OrEmpty(v.Pulse), WireValues.OrEmpty(v.Weight))
            : Vitals.None;
        DateTimeOffset? at = WireValues.TryParseInstant(dto.Date, out var parsed) ? parsed : null;
        return new Encounter(
            new EncounterId(WireValues.RequireText(dto.Id, "encounter.id").Trim()),
            tenantId,
            patient,
            at,
            WireValues.OrEmpty(dto.Type),
            WireValues.OrEmpty(dto.Provider),
            WireValues.OrEmpty(dto.ChiefComplaint),
            Codes(dto.Diagnoses),
            Codes(dto.Procedures),
            vitals,
            WireValues.OrEmpty(dto.Notes),
            WireValues.OrEmpty(dto.Status))
        {
            // A day without a time ("2025-08-05") is a day, not midnight UTC, which would be the day before in America.
            Day = at is null ? WireValues.DateOrNull(dto.Date) : null,
            ChangedAt = WireValues.TryParseInstant(dto.UpdatedAt, out var updated) ? updated
                : WireValues.TryParseInstant(dto.CreatedAt, out var created) ? created : null,
        };
    }

    /// <summary>
    /// A list of codes: strings or numbers as written, and objects as their <c>code</c> with its <c>description</c>
    /// ("Z00.00 — Annual exam"), or either alone; one such entry sent alone instead of a list is that entry. Anything else
    /// is left out.
    /// </summary>
    private static string[] Codes(JsonElement? list) => WireValues.EntriesOf(list, CodeOrNull);

    private static string? CodeOrNull(JsonElement entry) => entry.ValueKind switch
    {
        JsonValueKind.Object => (TextOrNull(entry, "code"), TextOrNull(entry, "description")) switch
        {
            ({ } code, { } description) => code + " — " + description,
            (var code, var description) => code ?? description,
        },
        _ => WireValues.TextOrNull(entry),
    };

    private static string? TextOrNull(JsonElement entry, string field) =>
        entry.TryGetProperty(field, out var value) ? WireValues.TextOrNull(value) : null;
}
