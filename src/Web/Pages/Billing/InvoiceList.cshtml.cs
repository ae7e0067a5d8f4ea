using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing.Queries.ListInvoices;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Web.Pages.Billing;

/// <summary>The customer's invoices, filtered by status and paged.</summary>
public sealed class InvoiceListModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<InvoiceSummary>? Invoices { get; private set; }

    public Pager? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        Invoices = await Mediator.Send(
            new ListInvoicesQuery(AccessFor(signIn), Status, Math.Max(PageNumber, 1), PageRequest.DefaultSize), Aborted);
        Pager = new Pager(Link("billing/invoices"), Invoices.Number, Invoices.TotalPages, new Dictionary<string, string?> { ["status"] = Status });
        return Page();
    });
}
