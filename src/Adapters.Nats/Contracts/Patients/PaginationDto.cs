using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary>
/// <c>pagination {page, limit, total, pages}</c> of a service that pages the list itself. Only <c>total</c> is read: the
/// page and its size are the ones Portal asked for, and the page count follows from them, so an odd <c>pages</c>
/// (<c>20.5</c>, the total divided in floats) costs nothing.
/// </summary>
internal sealed class PaginationDto
{
    [JsonPropertyName("total")]
    public int? Total { get; init; }
}
