using Microsoft.AspNetCore.Mvc;
using Portal.Application.Dashboard.Queries.GetDashboard;
using Portal.Domain.Dashboard;

namespace Portal.Web.Pages.Dashboard;

/// <summary>
/// The Platform's billing, tickets and services beside the practice's HTPI numbers, alerts and activity; each card
/// stands on its own, and the cards of a backend Portal runs without (or of the Platform for a tenant or user without a
/// Platform link) are not there at all. The activity list shows the latest few, with a link to all of them.
/// </summary>
public sealed class DashboardModel(PortalPageServices services) : TenantPageModel(services)
{
    public const int ActivityCap = 5;

    public DashboardView? View { get; private set; }

    public int ActivityShown(int available) => ShowsAllActivity ? available : Math.Min(available, ActivityCap);

    /// <summary>
    /// <c>?activity=all</c> shows every recent event the backend sent rather than the first <see cref="ActivityCap"/>. Read
    /// from the query as model binding read it (the first value) rather than bound: it is the dashboard's only input, and
    /// one bound property runs MVC's model binding for the whole page (value providers, binding contexts, validation state).
    /// </summary>
    private bool ShowsAllActivity =>
        string.Equals(QueryValue("activity"), "all", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page of the claim or patient an alert names; null when it names neither, and it stays plain text. A claim's
    /// link names the alert's patient too, as a patient's page does: a claim that names no tenant is shown only as one of
    /// that patient's.
    /// </summary>
    public string? AlertLink(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Claim is { } claim)
        {
            return ClaimLink(claim, alert.Patient);
        }

        return alert.Patient is { } patient ? Link("patients/" + patient.Value) : null;
    }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        View = await Mediator.Send(new GetDashboardQuery(AccessFor(signIn)), Aborted);
        return Page();
    });
}
