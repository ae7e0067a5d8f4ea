using System.Text.Json;
using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Broadcasts;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

/// <summary>
/// Broadcast payloads to <see cref="TenantEvent"/>s. The subject names the tenant; a payload naming another one is
/// refused. A payload without a usable <c>timestamp</c> is stamped with the time it was received.
/// </summary>
internal static class TenantEventMapper
{
    /// <summary>Null for a stream this portal does not show; throws <see cref="JsonException"/>, <see cref="MalformedAnswerException"/> or <see cref="ArgumentException"/> for a broken payload.</summary>
    public static TenantEvent? FromBroadcast(string subject, ReadOnlyMemory<byte> payload, TenantId tenantId, DateTimeOffset receivedAt) =>
        BroadcastSubjects.StreamOf(subject) switch
        {
            BroadcastSubjects.Dashboard => FromDashboard(
                JsonSerializer.Deserialize(payload.Span, HtpiJsonContext.Default.DashboardBroadcast), tenantId, receivedAt),
            BroadcastSubjects.Patients => FromPatients(
                JsonSerializer.Deserialize(payload.Span, HtpiJsonContext.Default.PatientBroadcast), tenantId, receivedAt),
            BroadcastSubjects.Encounters => FromEncounters(
                JsonSerializer.Deserialize(payload.Span, HtpiJsonContext.Default.EncounterBroadcast), tenantId, receivedAt),
            _ => null,
        };

    private static TenantEvent FromDashboard(DashboardBroadcast? broadcast, TenantId tenantId, DateTimeOffset receivedAt)
    {
        var message = WireValues.Require(broadcast, "broadcast");
        RequireTenant(message.TenantId, tenantId);
        var timestamp = WireValues.TryParseTimestamp(message.Timestamp, out var sent) ? sent : receivedAt;
        return WireValues.OrEmpty(message.Type) switch
        {
            "stats" => TenantEvent.ForStats(tenantId, timestamp, DashboardMapper.ToStatsUpdate(
                WireValues.RequireValue(message.Data, "data").Deserialize(HtpiJsonContext.Default.StatsDto))),
            "activity" => TenantEvent.ForActivity(tenantId, timestamp, DashboardMapper.ToActivity(WireValues.Require(
                WireValues.RequireValue(message.Data, "data").Deserialize(HtpiJsonContext.Default.ActivityDto), "data"))),
            "patient_update" => TenantEvent.ForSummary(
                TenantEventKind.PatientUpdate, tenantId, timestamp, Sentence(message.Data, "A patient's record changed.", "patient_name")),
            "claim_update" => TenantEvent.ForSummary(
                TenantEventKind.ClaimUpdate, tenantId, timestamp, Sentence(message.Data, "A claim changed.", "claim_id", "amount")),
            "encounter_update" => TenantEvent.ForSummary(
                TenantEventKind.EncounterUpdate, tenantId, timestamp, Sentence(message.Data, "An encounter changed.", "provider")),
            var type => throw new MalformedAnswerException($"The dashboard broadcast type '{type}' is not one of the contract's."),
        };
    }

    /// <summary>
    /// A patient event whose patient is missing or cannot be read whole (typically a deletion that sends only the id) is
    /// told in words, rather than dropped and the page left showing what changed.
    /// </summary>
    private static TenantEvent FromPatients(PatientBroadcast? broadcast, TenantId tenantId, DateTimeOffset receivedAt)
    {
        var message = WireValues.Require(broadcast, "broadcast");
        RequireTenant(message.TenantId, tenantId);
        var timestamp = WireValues.TryParseTimestamp(message.Timestamp, out var sent) ? sent : receivedAt;
        var (kind, sentence) = WireValues.OrEmpty(message.Type) switch
        {
            "created" => (TenantEventKind.PatientCreated, "A patient was registered."),
            "updated" => (TenantEventKind.PatientUpdated, "A patient's record changed."),
            "deleted" => (TenantEventKind.PatientDeleted, "A patient's record was removed."),
            var type => throw new MalformedAnswerException($"The patients broadcast type '{type}' is not one of the contract's."),
        };
        if (message.Patient is not { } patient)
        {
            return TenantEvent.ForSummary(kind, tenantId, timestamp, sentence);
        }

        // A broadcast about another tenant's patient is dropped as malformed (logged), not taken as a "not found".
        RequireTenant(patient.TenantId, tenantId);
        return ReadWhole(patient, tenantId) is { } whole
            ? TenantEvent.ForPatient(kind, tenantId, timestamp, whole)
            : TenantEvent.ForSummary(kind, tenantId, timestamp, sentence);
    }

    private static Patient? ReadWhole(PatientDto patient, TenantId tenantId)
    {
        // The usual partial broadcast, a deletion sending only {id}, is told as a sentence without a failed read; so is
        // one naming the patient by one name without the practice's number ({id, firstName}), which would replace the
        // live row with a record missing all it did not send.
        var whole = !string.IsNullOrWhiteSpace(patient.PatientId)
            || (!string.IsNullOrWhiteSpace(patient.FirstName) && !string.IsNullOrWhiteSpace(patient.LastName));
        if (!whole || !PatientMapper.IsNamed(patient))
        {
            return null;
        }

        try
        {
            return PatientMapper.ToPatient(patient, tenantId, HtpiOperations.GetPatient.Thing);
        }
        catch (Exception exception) when (exception is MalformedAnswerException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The encounters service's <c>{action, encounter}</c>: the encounter's own <c>tenantId</c> must be the subject's; its
    /// last change (<c>updated_at</c>, else <c>created_at</c>) is the event's time.
    /// </summary>
    private static TenantEvent FromEncounters(EncounterBroadcast? broadcast, TenantId tenantId, DateTimeOffset receivedAt)
    {
        var message = WireValues.Require(broadcast, "broadcast");
        var kind = WireValues.OrEmpty(message.Action) switch
        {
            "created" => TenantEventKind.EncounterCreated,
            "updated" => TenantEventKind.EncounterUpdated,
            var action => throw new MalformedAnswerException($"The encounters broadcast action '{action}' is not one of the contract's."),
        };
        var dto = WireValues.Require(message.Encounter, "encounter");
        RequireTenant(dto.TenantId, tenantId);
        var encounter = EncounterMapper.ToEncounter(dto, tenantId, HtpiOperations.GetEncounter.Thing, null);
        return TenantEvent.ForEncounter(kind, tenantId, encounter.ChangedAt ?? receivedAt, encounter);
    }

    private static void RequireTenant(string? named, TenantId tenantId)
    {
        if (!string.IsNullOrWhiteSpace(named) && named != tenantId.Value)
        {
            throw new MalformedAnswerException("The broadcast names another tenant than its subject.");
        }
    }

    /// <summary>
    /// A notice's sentence: the <c>message</c> or <c>description</c> its <c>data</c> carries; else, as the public dashboard
    /// service sends them, its <c>action</c> in words followed by the <paramref name="details"/> present
    /// (<c>{action: "claim_approved", claim_id: "CLM-7", amount: "$250"}</c> → "Claim approved: CLM-7, $250."); else
    /// <paramref name="fallback"/>.
    /// </summary>
    private static string Sentence(JsonElement? data, string fallback, params ReadOnlySpan<string> details)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return fallback;
        }

        if ((Text(value, "message") ?? Text(value, "description")) is { } told)
        {
            return told;
        }

        var parts = new List<string>(details.Length);
        foreach (var name in details)
        {
            if (Text(value, name) is { } part)
            {
                parts.Add(part);
            }
        }

        var action = Text(value, "action") is { } code && Words(code) is { Length: > 0 } words ? words : null;
        return (action, parts.Count) switch
        {
            (null, 0) => fallback,
            (null, _) => $"{fallback[..^1]}: {string.Join(", ", parts)}.",
            (_, 0) => action + ".",
            _ => $"{action}: {string.Join(", ", parts)}.",
        };
    }

    /// <summary>A string or number field's text, trimmed; null when absent or blank.</summary>
    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) ? WireValues.TextOrNull(field) : null;

    /// <summary>"claim_approved" → "Claim approved".</summary>
    private static string Words(string code)
    {
        var words = code.Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }
}
