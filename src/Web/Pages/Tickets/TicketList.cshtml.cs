using Microsoft.AspNetCore.Mvc;
using Portal.Application.Tickets.Queries.ListTickets;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Web.Pages.Tickets;

/// <summary>The customer's support tickets, filtered by status, priority and text, paged, sortable within the page.</summary>
public sealed class TicketListModel(PortalPageServices services) : ListPageModel<TicketSummary>(services)
{
    private static readonly Dictionary<string, Func<TicketSummary, IComparable?>> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = t => t.Number,
        ["title"] = t => t.Title,
        ["status"] = t => t.Status,
        ["priority"] = t => t.Priority,
        ["updated"] = t => t.UpdatedAt,
    };

    public string? Status => QueryValue("status");

    public string? Priority => QueryValue("priority");

    public string? Search => QueryValue("search");

    private string? SearchTerm => Search?.Trim();

    protected override string ListPath => Link("tickets");

    protected override IReadOnlyDictionary<string, string?> Filters =>
        new Dictionary<string, string?> { ["status"] = Status, ["priority"] = Priority, ["search"] = SearchTerm };

    protected override IReadOnlyDictionary<string, Func<TicketSummary, IComparable?>> SortKeys => Columns;

    public Task<IActionResult> OnGetAsync() => SignedInAsync(signIn =>
        ListAsync(page => Mediator.Send(
            new ListTicketsQuery(AccessFor(signIn), Status, Priority, SearchTerm, page, PageRequest.DefaultSize), Aborted)));
}
