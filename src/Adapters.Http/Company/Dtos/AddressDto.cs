namespace Portal.Adapters.Http.Company.Dtos;

/// <summary>platform-api.md §5 <c>Address</c>.</summary>
internal sealed class AddressDto
{
    /// <summary>An integer; read as text so that one row with another id is left out, not the list.</summary>
    public string? Id { get; set; }

    public bool? IsPrimary { get; set; }

    public bool? IsBilling { get; set; }

    public bool? IsCurrent { get; set; }

    public string? Label { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? City { get; set; }

    public string? County { get; set; }

    public string? Country { get; set; }

    public string? PostalCode { get; set; }
}
