using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class ProformaListAnswer : PlatformAnswer
{
    [JsonConverter(typeof(ObjectRowsConverter<ProformaDto>))]
    public List<ProformaDto?>? Proformas { get; set; }

    public BillingPagination? Pagination { get; set; }
}
