using Portal.Domain.Tenants;

namespace Portal.Domain.Identity;

/// <summary>A signed-in person as the identity backend describes them, with the tenants they belong to.</summary>
public sealed record User
{
    public User(UserId id, string email, string name, IReadOnlyList<TenantId> tenantIds)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(tenantIds);
        Id = id;
        Email = email;
        Name = name;
        TenantIds = tenantIds;
    }

    public UserId Id { get; }

    /// <summary>The e-mail address the backend has for the user; may be empty when it sends none.</summary>
    public string Email { get; }

    /// <summary>The display name; may be empty when the backend knows none.</summary>
    public string Name { get; }

    public IReadOnlyList<TenantId> TenantIds { get; }

    /// <summary>The same person's Platform user id, when the identity backend links one; null means no Platform areas.</summary>
    public long? PlatformUserId { get; init; }
}
