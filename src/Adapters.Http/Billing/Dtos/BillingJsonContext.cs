using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters =
    [
        typeof(TolerantStringConverter),
        typeof(TolerantBooleanConverter),
        typeof(OptionalBooleanConverter),
        typeof(TolerantNumberConverter<int>),
        typeof(TolerantNumberConverter<long>),
        typeof(TolerantNumberConverter<decimal>),
    ])]
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
internal sealed partial class BillingJsonContext : JsonSerializerContext;
