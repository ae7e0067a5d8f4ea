using MediatR;
using Portal.Application.Claims.Ports;
using Portal.Domain.Claims;

namespace Portal.Application.Claims.Queries.GetClaim;

internal sealed class GetClaimQueryHandler(IClaimRegistry claims) : IRequestHandler<GetClaimQuery, Claim>
{
    public Task<Claim> Handle(GetClaimQuery request, CancellationToken cancellationToken) =>
        claims.GetAsync(request.Access.ToScope(), new ClaimId(request.ClaimId), cancellationToken);
}
