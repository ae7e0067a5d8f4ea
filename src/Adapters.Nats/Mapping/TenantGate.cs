using Portal.Adapters.Nats.Requests;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

/// <summary>
/// Portal is the only gate: the HTPI services check no token and answer for any tenant they are asked about, so nothing
/// that names another tenant than the one asked is ever passed on. What that costs depends on what was asked:
/// <list type="bullet">
/// <item>one record by its id (a patient, a claim, an encounter): "not found" (<see cref="Require"/>), exactly what a
/// tenant's missing record looks like;</item>
/// <item>a list or a summary (a patient's claims, the dashboard's stats): access to the tenant was granted alongside, so
/// an answer naming another tenant is the service's defect, not "not yours". The whole answer is malformed
/// (<see cref="RequireListedFor"/>): that area alone is unavailable, one card of the page, as for any answer Portal
/// cannot read; a row in it naming another tenant is left out and the rest shown, and one whose every row does is
/// malformed too (<see cref="OwnRows"/>).</item>
/// </list>
/// A record that names no tenant is taken as the asked tenant's, except one found by its id alone (<see cref="RequireNamed"/>).
/// </summary>
internal static class TenantGate
{
    /// <summary>Whether <paramref name="named"/> is the asked tenant, or none (then the asked one is meant).</summary>
    public static bool IsOfAskedTenant(string? named, TenantId asked) =>
        string.IsNullOrWhiteSpace(named) || string.Equals(named.Trim(), asked.Value, StringComparison.Ordinal);

    /// <summary>
    /// The rows of a list answer that are the asked tenant's. A row that names no tenant is taken as the asked tenant's,
    /// unless another row names another tenant: the service did not keep to the asked tenant, so only rows naming it
    /// are. A list left with none of its rows is malformed, not empty: "no claims" would be false of the asked tenant.
    /// </summary>
    /// <exception cref="MalformedAnswerException">When there are rows and none is the asked tenant's.</exception>
    public static IReadOnlyList<T> OwnRows<T>(IReadOnlyList<T> rows, Func<T, string?> tenantOf, TenantId asked)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(tenantOf);
        if (rows.All(row => IsOfAskedTenant(tenantOf(row), asked)))
        {
            return rows;
        }

        var named = rows.Where(row => tenantOf(row) is { } tenant && !string.IsNullOrWhiteSpace(tenant) && IsOfAskedTenant(tenant, asked)).ToArray();
        return named.Length > 0 ? named : throw new MalformedAnswerException("No row of the list is the asked tenant's.");
    }

    /// <exception cref="NotFoundException">Of <paramref name="thing"/>, when <paramref name="named"/> is another tenant.</exception>
    public static void Require(string? named, TenantId asked, string thing)
    {
        if (!IsOfAskedTenant(named, asked))
        {
            throw new NotFoundException(thing);
        }
    }

    /// <summary>For the answer-level <c>tenantId</c> of a list or a summary: another tenant's answer is a malformed one.</summary>
    /// <exception cref="MalformedAnswerException">When <paramref name="named"/> is another tenant.</exception>
    public static void RequireListedFor(string? named, TenantId asked)
    {
        if (!IsOfAskedTenant(named, asked))
        {
            throw new MalformedAnswerException("The answer names another tenant than asked.");
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
