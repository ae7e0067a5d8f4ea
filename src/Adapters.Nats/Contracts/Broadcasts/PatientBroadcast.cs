using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Contracts.Patients;

namespace Portal.Adapters.Nats.Contracts.Broadcasts;

/// <summary><c>customer.broadcast.patients.&lt;tenantId&gt;</c>: <c>{type: created|updated|deleted, patient, tenantId}</c>.</summary>
internal sealed class PatientBroadcast
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>An object; anything else (a deletion naming only the id, <c>"patient": "p-7"</c>) is none: told in words.</summary>
    [JsonPropertyName("patient")]
    [JsonConverter(typeof(ObjectOrAbsentConverter<PatientDto>))]
    public PatientDto? Patient { get; init; }

    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; init; }

    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }
}
