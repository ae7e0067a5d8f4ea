using Portal.Application.Common.Exceptions;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

/// <summary>
/// Portal is the only gate: the HTPI services check no token and answer for any tenant they are asked about. An answer,
/// or a record in it, that names another tenant than the one asked is "not found" — exactly what a tenant's missing
/// record looks like — and is never passed on. A record that names no tenant is taken as the asked tenant's, except one
/// found by its id alone (<see cref="RequireNamed"/>).
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

    /// <summary>
    /// For a record the service finds by its id alone, whichever tenant's it is (<c>htpi.encounters.get</c>): only a record
    /// that names the asked tenant is the asked tenant's; one that names none could be anyone's, and is not found.
    /// </summary>
    /// <exception cref="NotFoundException">Of <paramref name="thing"/>, unless <paramref name="named"/> is the asked tenant.</exception>
    public static void RequireNamed(string? named, TenantId asked, string thing)
    {
        if (string.IsNullOrWhiteSpace(named))
        {
            throw new NotFoundException(thing);
        }

        Require(named, asked, thing);
    }
}
