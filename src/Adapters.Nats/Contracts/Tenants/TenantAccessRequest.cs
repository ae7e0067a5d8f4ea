using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Contracts.Tenants;

/// <summary><c>htpi.tenant.verify.access</c>: <c>userId</c>, <c>tenantId</c>, camelCase.</summary>
internal sealed class TenantAccessRequest(RequestStamp stamp, TenantScope scope) : TenantRequest(stamp, scope);
