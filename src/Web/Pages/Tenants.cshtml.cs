using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tenants.Queries.ConfirmTenantAccess;
using Portal.Application.Tenants.Queries.ListTenants;
using Portal.Domain.Tenants;
using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>
/// The practices (tenants) the user may open, with the user's role in each. A user with exactly one practice has
/// nothing to choose and goes straight to its dashboard, once that practice confirms the access. With the Platform alone
/// every listed practice is confirmed: the Platform's list of a user's customers includes memberships that have ended,
/// and such a practice is shown as ended rather than as a link to a page that is not the user's any more. Listing them
/// also refreshes what the cookie carries of them: the practice header's list and the Platform links.
/// </summary>
public sealed class TenantsModel(PortalPageServices services) : PortalPageModel(services)
{
    /// <summary>More practices than this are listed without confirming each: a call apiece counts against the Platform's limits.</summary>
    public const int MaxConfirmed = 10;

    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    /// <summary>The listed practices that say the user's access to them is gone.</summary>
    public IReadOnlySet<TenantId> AccessEnded { get; private set; } = new HashSet<TenantId>();

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        Tenants = await Mediator.Send(new ListTenantsQuery(signIn.Token, signIn.UserId), Aborted);
        var confirmed = Tenants.Count == 1 || Modes.PlatformOnly ? Tenants.Take(MaxConfirmed).ToArray() : [];

        // The checks ask for each practice as the cookie will carry it (its Platform link); the cookie is written once, after.
        var listed = signIn.WithPractices(Tenants, Clock.GetUtcNow(), withLinks: Modes.Platform);
        var open = await Task.WhenAll(confirmed.Select(tenant => IsOpenAsync(listed, tenant)));
        AccessEnded = confirmed.Where((_, index) => !open[index]).Select(tenant => tenant.Id).ToHashSet();

        // The header's practice switcher offers only the practices that are still the user's.
        RememberPractices([.. Tenants.Where(tenant => !AccessEnded.Contains(tenant.Id))]);
        return Tenants.Count == 1 && AccessEnded.Count == 0 ? Redirect("/t/" + Tenants[0].Id.Value) : Page();
    });

    /// <summary>False only when the practice says the access is gone; a check that cannot be made leaves it open to try.</summary>
    private async Task<bool> IsOpenAsync(PortalSignIn signIn, Tenant tenant)
    {
        try
        {
            await Mediator.Send(new ConfirmTenantAccessQuery(signIn.AccessTo(tenant.Id.Value)), Aborted);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (PortalException)
        {
            return true;
        }
    }
}
