using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class InvoiceListAnswer : PlatformAnswer
{
    [JsonConverter(typeof(ObjectRowsConverter<InvoiceDto>))]
    public List<InvoiceDto?>? Invoices { get; set; }

    public BillingPagination? Pagination { get; set; }
}
