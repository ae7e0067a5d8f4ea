namespace Portal.Application.Addresses;

/// <summary>The text of an address as a form sends it, shared by the add and edit commands so one set of rules checks both.</summary>
public interface IAddressFields
{
    string Label { get; }

    string Line1 { get; }

    string Line2 { get; }

    string City { get; }

    string County { get; }

    string PostalCode { get; }

    string Country { get; }
}
