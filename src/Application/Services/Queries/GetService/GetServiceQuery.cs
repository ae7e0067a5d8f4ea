using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetService;

/// <summary>One service of the tenant with its plan, quotas and billing dates.</summary>
public sealed record GetServiceQuery(AccessContext Access, string ServiceId) : IRequest<ServiceDetail>, ITenantScopedRequest;
