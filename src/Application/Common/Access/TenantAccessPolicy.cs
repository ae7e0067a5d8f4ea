namespace Portal.Application.Common.Access;

/// <summary>
/// Who decides whether a caller may see a tenant. By default Portal asks <c>ITenantDirectory</c> alongside every
/// tenant-scoped request (the HTPI services authorise nothing). When every tenant-scoped call is answered by a backend
/// that checks the caller's membership on each call itself (the Platform alone, §1.3: 403 for a non-member, which the
/// adapter reports as "not found"), that separate check would only double the calls against the backend's rate limit:
/// <see cref="BackendChecksEveryCall"/> then leaves it to the backend, and only a request that makes no call of its own
/// (<c>ConfirmTenantAccessQuery</c>) asks the directory. The composition root chooses, because only it knows which
/// backends serve the tenant-scoped ports.
/// </summary>
public sealed record TenantAccessPolicy(bool BackendChecksEveryCall)
{
    /// <summary>Portal checks access alongside every tenant-scoped request.</summary>
    public static TenantAccessPolicy PortalChecks { get; } = new(BackendChecksEveryCall: false);

    /// <summary>The one backend checks every call; Portal asks only for requests that make none.</summary>
    public static TenantAccessPolicy BackendChecks { get; } = new(BackendChecksEveryCall: true);
}
