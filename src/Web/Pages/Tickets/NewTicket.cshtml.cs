using Microsoft.AspNetCore.Mvc;
using Portal.Application.Tickets.Commands.CreateTicket;

namespace Portal.Web.Pages.Tickets;

/// <summary>Opening a support ticket; messages beside the fields on invalid input, the new ticket on success.</summary>
public sealed class NewTicketModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Priority { get; set; } = "normal";

    [BindProperty]
    public string? Category { get; set; }

    public string Purpose => "tickets.create:" + TenantId;

    public Task<IActionResult> OnGetAsync() => AccessCheckedPageAsync();

    public Task<IActionResult> OnPostAsync() => SignedInPostAsync(Purpose, async signIn =>
    {
        var category = string.IsNullOrWhiteSpace(Category) ? null : Category.Trim();
        var ticket = await SubmitAsync(() => Mediator.Send(
            new CreateTicketCommand(AccessFor(signIn), Title ?? string.Empty, Description ?? string.Empty, Priority ?? string.Empty, category),
            Aborted));
        return ticket is null ? Page() : Redirect(Link("tickets/" + ticket.Id.Value) + "?opened=true");
    });
}
