namespace Portal.Demo.Backend.Data;

/// <summary>
/// One address of a Platform customer. Changed under <see cref="DemoWorld.Sync"/>; a deleted one keeps its row with
/// <see cref="DeletedAt"/> set (the Platform's soft delete) and is seen by no endpoint again.
/// </summary>
internal sealed class DemoAddress
{
    public required long Id { get; init; }

    public required string TenantId { get; init; }

    public bool IsPrimary { get; set; }

    public bool IsBilling { get; set; }

    public bool IsCurrent { get; set; } = true;

    public string Label { get; set; } = string.Empty;

    public string Line1 { get; set; } = string.Empty;

    public string Line2 { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    public string County { get; set; } = string.Empty;

    public string Country { get; set; } = "Romania";

    public string PostalCode { get; set; } = string.Empty;

    public DateTimeOffset? DeletedAt { get; set; }
}
