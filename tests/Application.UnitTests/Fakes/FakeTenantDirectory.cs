using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>Grants or refuses every tenant, as the test says.</summary>
internal sealed class FakeTenantDirectory : ITenantDirectory
{
    public bool GrantsAccess { get; set; } = true;

    public List<TenantScope> AccessChecks { get; } = [];

    public Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Tenant>>([]);

    public Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        AccessChecks.Add(scope);
        return Task.FromResult(GrantsAccess);
    }
}
