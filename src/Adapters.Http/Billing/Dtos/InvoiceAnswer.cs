using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class InvoiceAnswer : PlatformAnswer
{
    public InvoiceDto? Invoice { get; set; }
}
