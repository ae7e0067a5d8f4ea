using Microsoft.AspNetCore.Mvc;
using Portal.Application.Tickets.Queries.ListTickets;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Web.Pages.Tickets;

/// <summary>The customer's support tickets, filtered by status, priority and text, paged.</summary>
public sealed class TicketListModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<TicketSummary>? Tickets { get; private set; }

    public Pager? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        var search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Tickets = await Mediator.Send(
            new ListTicketsQuery(AccessFor(signIn), Status, Priority, search, Math.Max(PageNumber, 1), PageRequest.DefaultSize), Aborted);
        Pager = new Pager(
            Link("tickets"),
            Tickets.Number,
            Tickets.TotalPages,
            new Dictionary<string, string?> { ["status"] = Status, ["priority"] = Priority, ["search"] = search });
        return Page();
    });
}
