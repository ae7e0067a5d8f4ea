using MediatR;
using Portal.Application.Identity.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Queries.RevalidateSignIn;

/// <summary>
/// One Platform call while nothing changed; the tenant list and the Platform memberships (their roles) only when the
/// membership fingerprint differs, both at once.
/// </summary>
internal sealed class RevalidateSignInQueryHandler(IPlatformSessions sessions, ITenantDirectory tenants)
    : IRequestHandler<RevalidateSignInQuery, SignInRevalidation>
{
    public async Task<SignInRevalidation> Handle(RevalidateSignInQuery request, CancellationToken cancellationToken)
    {
        var session = await sessions.ValidateAsync(request.PlatformUserId, cancellationToken).ConfigureAwait(false);
        if (string.Equals(session.MembershipHash, request.KnownMembershipHash, StringComparison.Ordinal))
        {
            return new SignInRevalidation(session.MembershipHash, null);
        }

        var refreshed = tenants.ListForUserAsync(new AccessToken(request.Token), new UserId(request.UserId), cancellationToken);
        var memberships = sessions.ListMembershipsAsync(request.PlatformUserId, cancellationToken);
        await Task.WhenAll(refreshed, memberships).ConfigureAwait(false);
        return new SignInRevalidation(session.MembershipHash, await refreshed.ConfigureAwait(false), await memberships.ConfigureAwait(false));
    }
}
