using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Claims;

namespace Portal.Application.Claims.Queries.GetClaim;

/// <summary>One claim of a tenant with its lines; fails with NotFoundException when the tenant has no such claim.</summary>
public sealed record GetClaimQuery(AccessContext Access, string ClaimId) : IRequest<Claim>, ITenantScopedRequest;
