namespace Portal.Domain.Tenants;

/// <summary>A tenant the signed-in user may see, with the user's role in it.</summary>
public sealed record Tenant
{
    public Tenant(TenantId id, string name, TenantStatus status, string? role, IReadOnlyList<string> features)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (role is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(role);
        }

        ArgumentNullException.ThrowIfNull(features);
        Id = id;
        Name = name;
        Status = status;
        Role = role;
        Features = features;
    }

    public TenantId Id { get; }

    public string Name { get; }

    public TenantStatus Status { get; }

    /// <summary>The backend's status as it came, shown as it is when <see cref="Status"/> is unknown; null when it sent none.</summary>
    public string? StatusCode { get; init; }

    /// <summary>
    /// The user's role in this tenant as the backend names it (owner, admin, billing, viewer, …); null when it gave none
    /// (HTPI's tenant service sends none). Only shown: what a user may do is decided by the Platform's role alone.
    /// </summary>
    public string? Role { get; }

    public IReadOnlyList<string> Features { get; }

    /// <summary>The Platform customer this tenant is, when it is linked to one; null means no Platform areas.</summary>
    public long? PlatformCustomerId { get; init; }
}
