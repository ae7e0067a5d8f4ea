using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Application.Tenants.Ports;

/// <summary>Which tenants a user may see, and whether one given tenant is among them.</summary>
public interface ITenantDirectory
{
    Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken);

    /// <summary>True when the user may see the tenant; false when the tenant does not exist or is not theirs.</summary>
    Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken);
}
