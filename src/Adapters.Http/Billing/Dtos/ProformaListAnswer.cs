using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class ProformaListAnswer : PlatformAnswer
{
    public List<ProformaDto?>? Proformas { get; set; }

    public BillingPagination? Pagination { get; set; }
}
