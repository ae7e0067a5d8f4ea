using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Claims.Queries.GetClaim;

/// <summary>
/// One claim of a tenant with its lines, opened from the page of <paramref name="PatientId"/> when there is one; fails
/// with NotFoundException when the tenant has no such claim.
/// </summary>
public sealed record GetClaimQuery(AccessContext Access, string ClaimId, string? PatientId = null) : IRequest<ClaimView>, ITenantScopedRequest;
