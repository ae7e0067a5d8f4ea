using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing.Queries.GetBillingSummary;

namespace Portal.Web.Pages.Billing;

/// <summary>The customer's billing at a glance.</summary>
public sealed class BillingSummaryModel(PortalPageServices services) : TenantPageModel(services)
{
    public BillingSummaryView? View { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        View = await Mediator.Send(new GetBillingSummaryQuery(AccessFor(signIn)), Aborted);
        return Page();
    });
}
