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
    private readonly Lock granting = new();
    private readonly List<(UserId User, Tenant Tenant)> grants = [];
    private readonly ConcurrentQueue<TenantScope> accessChecks = new();
    private int listings;

    /// <summary>When set, every call fails with it.</summary>
    public Exception? Failure { get; set; }

    public Func<TenantScope, Task<bool>>? AccessAnswer { get; set; }

    /// <summary>The scopes access was checked for, in order.</summary>
    public IReadOnlyCollection<TenantScope> AccessChecks => accessChecks;

    /// <summary>How often a user's tenants were listed.</summary>
    public int Listings => Volatile.Read(ref listings);

    public void Grant(UserId userId, Tenant tenant)
    {
        lock (granting)
        {
            grants.Add((userId, tenant));
        }
    }

    /// <summary>Replaces the user's grant of the same tenant (a changed role or Platform link).</summary>
    public void Regrant(UserId userId, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (granting)
        {
            grants.RemoveAll(g => g.User == userId && g.Tenant.Id == tenant.Id);
            grants.Add((userId, tenant));
        }
    }

    public Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref listings);
        if (Failure is { } failure)
        {
            return Task.FromException<IReadOnlyList<Tenant>>(failure);
        }

        lock (granting)
        {
            return Task.FromResult<IReadOnlyList<Tenant>>(grants.Where(g => g.User == userId).Select(g => g.Tenant).ToList());
        }
    }

    public Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        accessChecks.Enqueue(scope);
        return Failure is { } failure
            ? Task.FromException<bool>(failure)
            : AccessAnswer?.Invoke(scope) ?? Task.FromResult(IsGranted(scope));
    }

    private bool IsGranted(TenantScope scope)
    {
        lock (granting)
        {
            return grants.Any(g => g.User == scope.UserId && g.Tenant.Id == scope.TenantId);
        }
    }
}
