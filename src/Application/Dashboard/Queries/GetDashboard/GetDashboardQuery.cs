using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

/// <summary>Everything a tenant's dashboard shows; a part whose backend fails comes back unavailable, the rest still show.</summary>
public sealed record GetDashboardQuery(AccessContext Access) : IRequest<DashboardView>, ITenantScopedRequest;
