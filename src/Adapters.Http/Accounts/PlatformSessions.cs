using Portal.Adapters.Http.Accounts.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Adapters.Http.Accounts;

/// <summary>
/// <c>users/session/validate/</c> (§3): whether the Platform still accepts the user, and the fingerprint of their active
/// memberships. Its 401 <c>{active: false}</c> ends the sign-in (<see cref="PlatformCall.SessionCheck"/>); the body
/// carries only <c>user_id</c> and the numeric <c>timestamp</c>. With both backends, <c>users/customers/</c> gives the
/// roles of the user's memberships, which HTPI's tenants do not carry.
/// </summary>
internal sealed class PlatformSessions(IPlatformAccountsApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Accounts, pipelines, time), IPlatformSessions
{
    public Task<PlatformSession> ValidateAsync(long platformUserId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(platformUserId);
        return PostAsync(
            IPlatformAccountsApi.SessionValidationRoute,
            new SessionValidationRequest { UserId = platformUserId },
            AccountsJsonContext.Platform.SessionValidationRequest,
            PlatformCall.SessionCheck,
            api.ValidateSessionAsync,
            answer => new PlatformSession(WireValues.Require(answer.MembershipHash, "membership_hash")),
            cancellationToken);
    }

    /// <summary><c>users/customers/</c> <c>{user_id, timestamp}</c>: each customer with the user's role there.</summary>
    public Task<IReadOnlyList<PlatformMembership>> ListMembershipsAsync(long platformUserId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(platformUserId);
        return PostAsync(
            IPlatformAccountsApi.CustomersRoute,
            new CustomersRequest { UserId = platformUserId },
            AccountsJsonContext.Platform.CustomersRequest,
            PlatformCall.Read("customer"),
            api.ListCustomersAsync,
            answer => AccountsMapper.ToMemberships(answer.Results),
            cancellationToken);
    }
}
