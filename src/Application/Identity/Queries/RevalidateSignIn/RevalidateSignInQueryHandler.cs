using MediatR;
using Portal.Application.Identity.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Queries.RevalidateSignIn;

/// <summary>One Platform call while nothing changed; the tenant list only when the membership fingerprint differs.</summary>
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

        var refreshed = await tenants.ListForUserAsync(new AccessToken(request.Token), new UserId(request.UserId), cancellationToken)
            .ConfigureAwait(false);
        return new SignInRevalidation(session.MembershipHash, refreshed);
    }
}
