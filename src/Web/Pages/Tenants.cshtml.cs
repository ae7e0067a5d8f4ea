using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tenants.Queries.ConfirmTenantAccess;
using Portal.Application.Tenants.Queries.ListTenants;
using Portal.Domain.Tenants;

namespace Portal.Web.Pages;

/// <summary>
/// The practices (tenants) the user may open, with the user's role in each. A user with exactly one practice has
/// nothing to choose and goes straight to its dashboard, once that practice confirms the access: the Platform's list of
/// a user's customers includes memberships that have ended, and sending such a user to a page that is not theirs any
/// more, again and again, would leave them nowhere. Listing them also refreshes what the cookie carries of them: the
/// practice header's list and the Platform links.
/// </summary>
public sealed class TenantsModel(PortalPageServices services) : PortalPageModel(services)
{
    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    /// <summary>The one practice listed, when it says the user's access to it is gone.</summary>
    public Tenant? AccessEnded { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        Tenants = await Mediator.Send(new ListTenantsQuery(signIn.Token, signIn.UserId), Aborted);
        RememberPractices(Tenants);
        if (Tenants.Count != 1)
        {
            return Page();
        }

        var only = Tenants[0];
        try
        {
            await Mediator.Send(new ConfirmTenantAccessQuery((CurrentSignIn ?? signIn).AccessTo(only.Id.Value)), Aborted);
        }
        catch (NotFoundException)
        {
            (AccessEnded, Tenants) = (only, []);
            return Page();
        }
        catch (PortalException)
        {
            // The check could not be made: the dashboard says what is and is not available.
        }

        return Redirect("/t/" + only.Id.Value);
    });
}
