namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class ProformaDto : BillingDocumentDto, IProformaItemFields
{
    public string? ValidUntil { get; set; }

    public bool? IsExpired { get; set; }

    public string? Notes { get; set; }
}
