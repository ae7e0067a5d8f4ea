using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary>
/// <c>htpi.patient.get</c> answer <c>{patient}</c> and <c>htpi.patient.create</c> answer
/// <c>{responseType:"created", patient}</c>; a missing or null <c>patient</c> means not found.
/// </summary>
internal sealed class PatientAnswer : TenantAnswer
{
    [JsonPropertyName("responseType")]
    public string? ResponseType { get; init; }

    [JsonPropertyName("patient")]
    public PatientDto? Patient { get; init; }
}
