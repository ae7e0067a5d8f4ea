using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary>
/// <c>htpi.patient.list</c> answer: <c>responseType:"list"</c>, <c>patients[]</c>; a service that pages on its side adds
/// <c>pagination {page, limit, total}</c> or a top-level <c>total</c>.
/// </summary>
internal sealed class PatientListAnswer : TenantAnswer
{
    [JsonPropertyName("responseType")]
    public string? ResponseType { get; init; }

    [JsonPropertyName("patients")]
    [JsonConverter(typeof(ObjectRowsConverter<PatientDto>))]
    public IReadOnlyList<PatientDto>? Patients { get; init; }

    [JsonPropertyName("pagination")]
    public PaginationDto? Pagination { get; init; }

    [JsonPropertyName("total")]
    public int? Total { get; init; }
}
