namespace Portal.Demo.Backend.Data;

/// <summary>Whom the Platform's invoices are addressed to.</summary>
internal sealed record DemoBillTo(
    string CompanyName,
    string Email,
    string AddressLine,
    string City,
    string State,
    string PostalCode,
    string Country,
    string TaxId);
