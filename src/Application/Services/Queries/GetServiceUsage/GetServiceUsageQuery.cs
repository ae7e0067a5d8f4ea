using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetServiceUsage;

/// <summary>A service's daily usage over the last "7d", "30d" or "90d".</summary>
public sealed record GetServiceUsageQuery(AccessContext Access, string ServiceId, string Period)
    : IRequest<UsageSeries>, ITenantScopedRequest;
