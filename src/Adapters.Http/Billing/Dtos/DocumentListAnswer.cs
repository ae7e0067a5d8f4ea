using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class DocumentListAnswer : PlatformAnswer
{
    [JsonConverter(typeof(ObjectRowsConverter<DocumentItemDto>))]
    public List<DocumentItemDto?>? Documents { get; set; }

    public BillingPagination? Pagination { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<DocumentCountsDto>))]
    public DocumentCountsDto? Summary { get; set; }
}
