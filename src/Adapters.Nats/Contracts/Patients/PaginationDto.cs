using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary><c>pagination {page, limit, total, pages}</c> of a service that pages the list itself.</summary>
internal sealed class PaginationDto
{
    [JsonPropertyName("page")]
    public int? Page { get; init; }

    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    [JsonPropertyName("total")]
    public int? Total { get; init; }

    [JsonPropertyName("pages")]
    public int? Pages { get; init; }
}
