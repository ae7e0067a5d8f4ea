using Portal.Domain.Tenants;

namespace Portal.Domain.Identity;

/// <summary>A signed-in person as the identity backend describes them, with the tenants they belong to.</summary>
public sealed record User
{
    public User(UserId id, string email, string name, string role, IReadOnlyList<TenantId> tenantIds)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentNullException.ThrowIfNull(tenantIds);
        Id = id;
        Email = email;
        Name = name;
        Role = role;
        TenantIds = tenantIds;
    }

    public UserId Id { get; }

    public string Email { get; }

    /// <summary>The display name; may be empty when the backend knows none.</summary>
    public string Name { get; }

    /// <summary>The user's role as the identity backend names it (for example "customer" or "admin").</summary>
    public string Role { get; }

    public IReadOnlyList<TenantId> TenantIds { get; }

    /// <summary>The same person's Platform user id, when the identity backend links one; null means no Platform areas.</summary>
    public long? PlatformUserId { get; init; }
}
