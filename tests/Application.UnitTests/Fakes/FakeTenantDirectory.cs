using System.Collections.Concurrent;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>Grants every tenant unless told otherwise; <see cref="HasAccess"/> can be replaced to deny or to hold the answer.</summary>
internal sealed class FakeTenantDirectory : ITenantDirectory
{
    public Func<TenantScope, Task<bool>> HasAccess { get; set; } = _ => Task.FromResult(true);

    public ConcurrentQueue<TenantScope> AccessChecks { get; } = new();

    public Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Tenant>>([]);

    public Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        AccessChecks.Enqueue(scope);
        return HasAccess(scope);
    }
}
