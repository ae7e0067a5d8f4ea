using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Tenants;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Tenants;

/// <summary>The user's tenants over <c>htpi.tenant.list.for.user</c>, one access check over <c>htpi.tenant.verify.access</c>.</summary>
internal sealed class NatsTenantDirectory(HtpiRequester requester) : ITenantDirectory
{
    /// <summary>The port knows no e-mail address here, so <c>userEmail</c> is left out; the service finds the user by <c>userId</c>.</summary>
    public Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(userId);
        return requester.RequestAsync(
            HtpiOperations.ListTenantsForUser,
            stamp => new TenantListRequest(stamp, token.Value, userId.Value, userEmail: null),
            HtpiRequestJsonContext.Default.TenantListRequest,
            HtpiJsonContext.Default.TenantListAnswer,
            TenantMapper.ToTenants,
            cancellationToken);
    }

    public Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return requester.RequestAsync(
            HtpiOperations.VerifyTenantAccess,
            stamp => new TenantAccessRequest(stamp, scope),
            HtpiRequestJsonContext.Default.TenantAccessRequest,
            HtpiJsonContext.Default.TenantAccessAnswer,
            answer => TenantMapper.ToHasAccess(answer, scope.UserId.Value, scope.TenantId),
            cancellationToken);
    }
}
