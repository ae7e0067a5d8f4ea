using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetServiceUsage;

/// <summary>A service's current usage and alerts, with its daily usage over the last "7d", "30d" or "90d" where there is one.</summary>
public sealed record GetServiceUsageQuery(AccessContext Access, string ServiceId, string Period)
    : IRequest<ServiceUsage>, ITenantScopedRequest;
