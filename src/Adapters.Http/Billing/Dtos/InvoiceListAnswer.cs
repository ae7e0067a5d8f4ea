using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class InvoiceListAnswer : PlatformAnswer
{
    public List<InvoiceDto?>? Invoices { get; set; }

    public BillingPagination? Pagination { get; set; }
}
