using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Ada is admin of tenant-1 and viewer of tenant-2; tenant-3 belongs to Bob alone.</summary>
internal sealed class FakeTenantDirectory : ITenantDirectory
{
    private static readonly (string UserId, Tenant Tenant)[] Grants =
    [
        (Samples.AdaId, new Tenant(new TenantId("tenant-1"), "Springfield Clinic", TenantStatus.Active, "admin", ["patients"])),
        (Samples.AdaId, new Tenant(new TenantId("tenant-2"), "Shelbyville Practice", TenantStatus.Active, "viewer", ["patients"])),
        (Samples.BobId, new Tenant(new TenantId("tenant-3"), "Capital City Care", TenantStatus.Active, "owner", ["patients"])),
    ];

    public Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return Task.FromResult<IReadOnlyList<Tenant>>(Grants.Where(g => g.UserId == userId.Value).Select(g => g.Tenant).ToList());
    }

    public Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Task.FromResult(Grants.Any(g => g.UserId == scope.UserId.Value && g.Tenant.Id == scope.TenantId));
    }
}
