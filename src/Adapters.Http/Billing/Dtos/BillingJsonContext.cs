using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ScopedRequest))]
[JsonSerializable(typeof(ListInvoicesRequest))]
[JsonSerializable(typeof(ListProformasRequest))]
[JsonSerializable(typeof(BillingSummaryAnswer))]
[JsonSerializable(typeof(InvoiceListAnswer))]
[JsonSerializable(typeof(InvoiceAnswer))]
[JsonSerializable(typeof(ProformaListAnswer))]
[JsonSerializable(typeof(ProformaAnswer))]
[JsonSerializable(typeof(ListDocumentsRequest))]
[JsonSerializable(typeof(DocumentListAnswer))]
internal sealed partial class BillingJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static BillingJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
