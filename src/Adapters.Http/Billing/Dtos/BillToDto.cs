namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class BillToDto
{
    public string? Name { get; set; }

    /// <summary>The address as the Platform sends it: one comma-joined string (street, city, postal code, country).</summary>
    public string? Address { get; set; }

    public string? TaxId { get; set; }

    public string? Email { get; set; }
}
