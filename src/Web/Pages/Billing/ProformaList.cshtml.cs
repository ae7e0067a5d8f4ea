using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing.Queries.ListProformas;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Web.Pages.Billing;

/// <summary>The customer's proformas, paged; a page past the end redirects to the last, as every list does.</summary>
public sealed class ProformaListModel(PortalPageServices services) : ListPageModel<ProformaSummary>(services)
{
    protected override string ListPath => Link("billing/proformas");

    protected override IReadOnlyDictionary<string, string?> Filters { get; } = new Dictionary<string, string?>();

    protected override IReadOnlyDictionary<string, Func<ProformaSummary, IComparable?>> SortKeys { get; } =
        new Dictionary<string, Func<ProformaSummary, IComparable?>>();

    public Task<IActionResult> OnGetAsync() => SignedInAsync(signIn =>
        ListAsync(page => Mediator.Send(new ListProformasQuery(AccessFor(signIn), page, PageRequest.DefaultSize), Aborted)));
}
