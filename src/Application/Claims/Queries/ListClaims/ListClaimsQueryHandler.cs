using MediatR;
using Portal.Application.Claims.Ports;
using Portal.Domain.Claims;
using Portal.Domain.Patients;

namespace Portal.Application.Claims.Queries.ListClaims;

internal sealed class ListClaimsQueryHandler(IClaimRegistry claims) : IRequestHandler<ListClaimsQuery, IReadOnlyList<ClaimSummary>>
{
    public Task<IReadOnlyList<ClaimSummary>> Handle(ListClaimsQuery request, CancellationToken cancellationToken) =>
        claims.ListForPatientAsync(request.Access.ToScope(), new PatientId(request.PatientId), cancellationToken);
}
