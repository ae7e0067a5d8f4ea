using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class ListDocumentsRequest : PlatformRequestBody
{
    public int Page { get; set; }

    public int Limit { get; set; }

    /// <summary>"all", "invoice" or "proforma".</summary>
    public string DocumentType { get; set; } = "all";

    public string? Status { get; set; }

    public string? Search { get; set; }
}
