using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing.Queries.GetProforma;
using Portal.Domain.Billing;

namespace Portal.Web.Pages.Billing;

/// <summary>One proforma with its lines and totals.</summary>
public sealed class ProformaDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Proforma? Proforma { get; private set; }

    public Task<IActionResult> OnGetAsync(string number) => SignedInAsync(async signIn =>
    {
        Proforma = await Mediator.Send(new GetProformaQuery(AccessFor(signIn), number), Aborted);
        return Page();
    });
}
