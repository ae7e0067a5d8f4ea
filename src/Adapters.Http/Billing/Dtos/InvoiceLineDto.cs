namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class InvoiceLineDto
{
    public string? Description { get; set; }

    public decimal Quantity { get; set; }

    public long? UnitPriceCents { get; set; }

    /// <summary>A percentage: 19 or "19.00" is 19 %.</summary>
    public decimal TaxRate { get; set; }

    public long? LineTotalCents { get; set; }
}
