using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.ListServicePlans;

/// <summary>
/// The Platform's whole public plan catalogue, every type: the service page reads it alongside the service, whose type is
/// not known before, and keeps the plans of that type (one round trip instead of two in a row).
/// </summary>
public sealed record ListServicePlansQuery(AccessContext Access)
    : IRequest<IReadOnlyList<ServicePlan>>, ITenantScopedRequest;
