using Portal.Application.Common.Exceptions;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

/// <summary>
/// Portal is the only gate: the HTPI services check no token and answer for any tenant they are asked about. An answer,
/// or a record in it, that names another tenant than the one asked is "not found" — exactly what a tenant's missing
/// record looks like — and is never passed on. A record that names no tenant is taken as the asked tenant's.
/// </summary>
internal static class TenantGate
{
    /// <exception cref="NotFoundException">Of <paramref name="thing"/>, when <paramref name="named"/> is another tenant.</exception>
    public static void Require(string? named, TenantId asked, string thing)
    {
        if (!string.IsNullOrWhiteSpace(named) && !string.Equals(named.Trim(), asked.Value, StringComparison.Ordinal))
        {
            throw new NotFoundException(thing);
        }
    }
}
