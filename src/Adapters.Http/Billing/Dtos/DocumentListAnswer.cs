using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class DocumentListAnswer : PlatformAnswer
{
    public List<DocumentItemDto?>? Documents { get; set; }

    public BillingPagination? Pagination { get; set; }

    public DocumentCountsDto? Summary { get; set; }
}
