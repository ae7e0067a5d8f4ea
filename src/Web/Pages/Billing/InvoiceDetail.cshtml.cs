using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing.Queries.GetInvoice;
using Portal.Domain.Billing;

namespace Portal.Web.Pages.Billing;

/// <summary>One invoice with its lines and totals, and the link to its PDF.</summary>
public sealed class InvoiceDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Invoice? Invoice { get; private set; }

    public Task<IActionResult> OnGetAsync(string number) => SignedInAsync(async signIn =>
    {
        Invoice = await Mediator.Send(new GetInvoiceQuery(AccessFor(signIn), number), Aborted);
        return Page();
    });
}
