using MediatR;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Queries.VerifyToken;

internal sealed class VerifyTokenQueryHandler(IIdentityProvider identity) : IRequestHandler<VerifyTokenQuery, VerifiedToken>
{
    public Task<VerifiedToken> Handle(VerifyTokenQuery request, CancellationToken cancellationToken) =>
        identity.VerifyAsync(new AccessToken(request.Token), cancellationToken);
}
