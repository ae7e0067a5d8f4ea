using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetServicesSummary;

/// <summary>The tenant's services at a glance: counts by state and the monthly cost.</summary>
public sealed record GetServicesSummaryQuery(AccessContext Access) : IRequest<ServicesSummary>, ITenantScopedRequest;
