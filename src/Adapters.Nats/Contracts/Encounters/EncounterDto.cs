using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Encounters;

/// <summary>
/// An encounter as the public encounters service sends it: <c>{id, tenantId, patientId, date, type, provider,
/// chief_complaint, diagnoses[], procedures[], vitals {…}, notes, status, created_at, updated_at?}</c>. The code lists are
/// kept raw so that one odd entry degrades that entry, not the encounter.
/// </summary>
internal sealed class EncounterDto
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }

    [JsonPropertyName("patientId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? PatientId { get; init; }

    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    [JsonPropertyName("chief_complaint")]
    public string? ChiefComplaint { get; init; }

    [JsonPropertyName("diagnoses")]
    public JsonElement? Diagnoses { get; init; }

    [JsonPropertyName("procedures")]
    public JsonElement? Procedures { get; init; }

    /// <summary>An object; anything else (<c>"120/80"</c>, a list) is no vitals.</summary>
    [JsonPropertyName("vitals")]
    [JsonConverter(typeof(ObjectOrAbsentConverter<VitalsDto>))]
    public VitalsDto? Vitals { get; init; }

    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; init; }
}
