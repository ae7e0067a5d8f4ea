using Microsoft.AspNetCore.Mvc;
using Portal.Application.Services.Queries.ListServices;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Web.Pages.Services;

/// <summary>The customer's services, filtered by status and type, paged.</summary>
public sealed class ServiceListModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<CustomerService>? Services { get; private set; }

    public Pager? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        var type = string.IsNullOrWhiteSpace(Type) ? null : Type.Trim();
        Services = await Mediator.Send(
            new ListServicesQuery(AccessFor(signIn), Status, type, Math.Max(PageNumber, 1), PageRequest.DefaultSize), Aborted);
        Pager = new Pager(
            Link("services"), Services.Number, Services.TotalPages, new Dictionary<string, string?> { ["status"] = Status, ["type"] = type });
        return Page();
    });
}
