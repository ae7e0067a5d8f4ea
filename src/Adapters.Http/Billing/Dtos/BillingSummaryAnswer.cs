using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class BillingSummaryAnswer : PlatformAnswer
{
    public BillingSummaryDto? Summary { get; set; }
}
