using Microsoft.AspNetCore.Mvc;
using Portal.Application.Dashboard.Queries.GetDashboard;

namespace Portal.Web.Pages.Dashboard;

/// <summary>The practice's HTPI numbers, activity and alerts beside the Platform's billing, tickets and services; each card stands on its own.</summary>
public sealed class DashboardModel(PortalPageServices services) : TenantPageModel(services)
{
    public DashboardView? View { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        View = await Mediator.Send(new GetDashboardQuery(AccessFor(signIn)), Aborted);
        return Page();
    });
}
