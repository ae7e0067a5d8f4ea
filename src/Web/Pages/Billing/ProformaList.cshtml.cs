using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing.Queries.ListProformas;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Web.Pages.Billing;

/// <summary>The customer's proformas, paged.</summary>
public sealed class ProformaListModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<ProformaSummary>? Proformas { get; private set; }

    public Pager? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        Proformas = await Mediator.Send(new ListProformasQuery(AccessFor(signIn), Math.Max(PageNumber, 1), PageRequest.DefaultSize), Aborted);
        Pager = new Pager(Link("billing/proformas"), Proformas.Number, Proformas.TotalPages, new Dictionary<string, string?>());
        return Page();
    });
}
