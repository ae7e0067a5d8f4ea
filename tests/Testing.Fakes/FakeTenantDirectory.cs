using System.Collections.Concurrent;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Testing.Fakes;

/// <summary>
/// The practices a test grants each user: a user sees and may act in those only. Every access check is recorded, and
/// <see cref="AccessAnswer"/> may replace the answer to deny it or to hold it.
/// </summary>
public sealed class FakeTenantDirectory : ITenantDirectory
{
    private readonly ConcurrentQueue<(UserId User, Tenant Tenant)> grants = new();
    private readonly ConcurrentQueue<TenantScope> accessChecks = new();

    /// <summary>When set, every call fails with it.</summary>
    public Exception? Failure { get; set; }

    public Func<TenantScope, Task<bool>>? AccessAnswer { get; set; }

    /// <summary>The scopes access was checked for, in order.</summary>
    public IReadOnlyCollection<TenantScope> AccessChecks => accessChecks;

    public void Grant(UserId userId, Tenant tenant) => grants.Enqueue((userId, tenant));

    public Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken) =>
        Failure is { } failure
            ? Task.FromException<IReadOnlyList<Tenant>>(failure)
            : Task.FromResult<IReadOnlyList<Tenant>>(grants.Where(g => g.User == userId).Select(g => g.Tenant).ToList());

    public Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        accessChecks.Enqueue(scope);
        return Failure is { } failure
            ? Task.FromException<bool>(failure)
            : AccessAnswer?.Invoke(scope) ?? Task.FromResult(grants.Any(g => g.User == scope.UserId && g.Tenant.Id == scope.TenantId));
    }
}
