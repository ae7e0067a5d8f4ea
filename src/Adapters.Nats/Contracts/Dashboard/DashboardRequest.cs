using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>htpi.dashboard.get.stats|get.activity|get.alerts</c>: <c>tenantId</c> (and <c>userId</c>).</summary>
internal sealed class DashboardRequest(RequestStamp stamp, TenantScope scope) : TenantRequest(stamp, scope);
