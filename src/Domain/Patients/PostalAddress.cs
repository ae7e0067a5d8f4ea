namespace Portal.Domain.Patients;

/// <summary>A US postal address. Parts the backend does not know are empty, never null.</summary>
public sealed record PostalAddress
{
    public PostalAddress(string street, string city, string state, string zipCode)
    {
        ArgumentNullException.ThrowIfNull(street);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(zipCode);
        Street = street;
        City = city;
        State = state;
        ZipCode = zipCode;
    }

    public static PostalAddress Unknown { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);

    public string Street { get; }

    public string City { get; }

    public string State { get; }

    public string ZipCode { get; }

    public bool IsUnknown => Street.Length == 0 && City.Length == 0 && State.Length == 0 && ZipCode.Length == 0;

    /// <summary>"1 Main St, Springfield, IL 62701", leaving out the parts that are not known.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Street, City, string.Join(' ', new[] { State, ZipCode }.Where(part => part.Length > 0)) }.Where(part => part.Length > 0));
}
