using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

/// <summary>A support category: <c>name</c> is Romanian, <c>name_en</c> English.</summary>
internal sealed class TicketCategoryDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }
}
