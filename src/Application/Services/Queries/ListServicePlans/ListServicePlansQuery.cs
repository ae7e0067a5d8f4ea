using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.ListServicePlans;

/// <summary>The Platform's public plans of one plan type ("vps"), or of every type when <see cref="PlanType"/> is blank.</summary>
public sealed record ListServicePlansQuery(AccessContext Access, string? PlanType)
    : IRequest<IReadOnlyList<ServicePlan>>, ITenantScopedRequest;
