namespace Portal.Application.Common.Access;

/// <summary>
/// A tenant-scoped request whose backend calls check nothing about the caller (the Platform's public catalogues, such
/// as the ticket categories): Portal checks the caller's access to the tenant even under
/// <see cref="TenantAccessPolicy.BackendChecksEveryCall"/>, so another customer's form stays the same 404 as a missing one.
/// </summary>
public interface IBackendUncheckedRequest : ITenantScopedRequest;
