using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class ListInvoicesRequest : PlatformRequestBody
{
    public int Page { get; set; }

    public int Limit { get; set; }

    public string? Status { get; set; }
}
