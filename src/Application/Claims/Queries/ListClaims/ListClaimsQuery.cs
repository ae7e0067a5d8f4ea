using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Claims;

namespace Portal.Application.Claims.Queries.ListClaims;

/// <summary>A patient's insurance claims.</summary>
public sealed record ListClaimsQuery(AccessContext Access, string PatientId)
    : IRequest<IReadOnlyList<ClaimSummary>>, ITenantScopedRequest;
