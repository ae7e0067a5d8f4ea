using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Access;
using Portal.Application.Tenants.Queries.ConfirmTenantAccess;
using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>A page under <c>/t/{tenantId}</c>: everything it asks is about that tenant, as the signed-in user.</summary>
public abstract class TenantPageModel(PortalPageServices services) : PortalPageModel(services)
{
    public string TenantId => Convert.ToString(RouteData.Values["tenantId"], CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The address of a page of this tenant, for example <c>Link("patients")</c>.</summary>
    public string Link(string path = "") => path.Length == 0 ? $"/t/{TenantId}" : $"/t/{TenantId}/{path}";

    protected AccessContext AccessFor(PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return signIn.AccessTo(TenantId);
    }

    /// <summary>
    /// A page that shows none of the tenant's data (an empty form) still asks whether the tenant is the caller's, so that
    /// another user's tenant is the same 404 as one that does not exist rather than a form for it.
    /// </summary>
    protected Task<IActionResult> AccessCheckedPageAsync() => SignedInAsync(async signIn =>
    {
        await Mediator.Send(new ConfirmTenantAccessQuery(AccessFor(signIn)), Aborted);
        return Page();
    });
}
