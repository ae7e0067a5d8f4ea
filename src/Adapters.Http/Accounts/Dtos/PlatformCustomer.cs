namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>One of the user's customer memberships (a menu entry, deactivated ones included) with the role: owner, billing, tech or viewer.</summary>
internal sealed class PlatformCustomer
{
    public string? Id { get; set; }

    public string? CompanyName { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public bool? IsPrimary { get; set; }
}
