using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Commands.CreateTicket;
using Portal.Application.Tickets.Queries.ListTicketCategories;
using Portal.Domain.Tickets;
using Portal.Web.Identity;

namespace Portal.Web.Pages.Tickets;

/// <summary>
/// Opening a support ticket; messages beside the fields on invalid input (Portal's own or the Platform's), the new ticket
/// on success. The categories come from the Platform; when it cannot list them the form goes without one.
/// </summary>
public sealed class NewTicketModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Priority { get; set; } = "normal";

    /// <summary>The chosen category's id, blank for none.</summary>
    [BindProperty]
    public string? Category { get; set; }

    /// <summary>The categories to offer; null when the Platform could not list them.</summary>
    public IReadOnlyList<TicketCategory>? Categories { get; private set; }

    public string Purpose => FormPurpose("tickets.create");

    protected override IReadOnlyDictionary<string, string> BackendFieldNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = nameof(Title),
        ["description"] = nameof(Description),
        ["priority"] = nameof(Priority),
        ["category"] = nameof(Category),
    };

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        await LoadCategoriesAsync(signIn);
        return Page();
    });

    public Task<IActionResult> OnPostAsync() => SignedInPostAsync(Purpose, async signIn =>
    {
        var category = string.IsNullOrWhiteSpace(Category) ? null : Category.Trim();
        var ticket = await SubmitAsync(() => Mediator.Send(
            new CreateTicketCommand(AccessFor(signIn), Title ?? string.Empty, Description ?? string.Empty, Priority ?? string.Empty, category),
            Aborted));
        if (ticket is not null)
        {
            return Redirect(Link("tickets/" + ticket.Id.Value) + "?opened=true");
        }

        return await ShowFormAgainAsync(() => LoadCategoriesAsync(signIn));
    });

    /// <summary>Also confirms the tenant is the user's: another tenant's form is the same 404 as a missing one.</summary>
    private async Task LoadCategoriesAsync(PortalSignIn signIn)
    {
        try
        {
            Categories = await Mediator.Send(new ListTicketCategoriesQuery(AccessFor(signIn)), Aborted);
        }
        catch (BackendUnavailableException)
        {
            Categories = null;
        }
    }
}
