namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class BillToDto
{
    public string? Name { get; set; }

    public List<string?>? AddressLines { get; set; }

    /// <summary>The address as one text, one line per line, when the Platform sends no <see cref="AddressLines"/>.</summary>
    public string? Address { get; set; }

    public string? TaxId { get; set; }
}
