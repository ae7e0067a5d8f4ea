using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class ProformaAnswer : PlatformAnswer
{
    public ProformaDto? Proforma { get; set; }
}
