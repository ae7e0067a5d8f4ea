using Microsoft.AspNetCore.Mvc;
using Portal.Application.Services.Queries.ListServices;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Web.Pages.Services;

/// <summary>The customer's services, filtered by status and type, paged, sortable within the page.</summary>
public sealed class ServiceListModel(PortalPageServices services) : ListPageModel<CustomerService>(services)
{
    private static readonly Dictionary<string, Func<CustomerService, IComparable?>> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = s => s.Name,
        ["status"] = s => s.Status.ToString(),
        ["price"] = s => s.Price.Cents,
        ["expires"] = s => s.ExpiresAt,
    };

    public string? Status => QueryValue("status");

    public string? Type => QueryValue("type");

    private string? TypeTerm => Type?.Trim();

    protected override string ListPath => Link("services");

    protected override IReadOnlyDictionary<string, string?> Filters =>
        new Dictionary<string, string?> { ["status"] = Status, ["type"] = TypeTerm };

    protected override IReadOnlyDictionary<string, Func<CustomerService, IComparable?>> SortKeys => Columns;

    public Task<IActionResult> OnGetAsync() => SignedInAsync(signIn =>
        ListAsync(page => Mediator.Send(new ListServicesQuery(AccessFor(signIn), Status, TypeTerm, page, PageRequest.DefaultSize), Aborted)));
}
