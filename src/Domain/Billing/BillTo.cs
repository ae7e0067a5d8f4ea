namespace Portal.Domain.Billing;

/// <summary>Whom a billing document is addressed to.</summary>
public sealed record BillTo
{
    public BillTo(string name, IReadOnlyList<string> addressLines, string? taxId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(addressLines);
        if (addressLines.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Address lines must not be blank.", nameof(addressLines));
        }

        if (taxId is not null && string.IsNullOrWhiteSpace(taxId))
        {
            throw new ArgumentException("A tax id is either absent or not blank.", nameof(taxId));
        }

        Name = name;
        AddressLines = addressLines;
        TaxId = taxId;
    }

    public string Name { get; }

    /// <summary>The postal address, one printed line each (the Platform's comma-joined parts: street, city, postal code, country).</summary>
    public IReadOnlyList<string> AddressLines { get; }

    /// <summary>The customer's VAT or company tax id, when it has one.</summary>
    public string? TaxId { get; }

    /// <summary>Where the document is sent, when the Platform has an address for it.</summary>
    public string? Email { get; init; }
}
