using Microsoft.AspNetCore.Mvc;
using Portal.Application.Tenants.Queries.ListTenants;
using Portal.Domain.Tenants;

namespace Portal.Web.Pages;

/// <summary>
/// The practices (tenants) the user may open, with the user's role in each. A user with exactly one practice has
/// nothing to choose and goes straight to its dashboard. Listing them also refreshes what the cookie carries of them:
/// the practice header's list and the Platform links.
/// </summary>
public sealed class TenantsModel(PortalPageServices services) : PortalPageModel(services)
{
    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        Tenants = await Mediator.Send(new ListTenantsQuery(signIn.Token, signIn.UserId), Aborted);
        RememberPractices(Tenants);
        return Tenants.Count == 1 ? Redirect("/t/" + Tenants[0].Id.Value) : Page();
    });
}
