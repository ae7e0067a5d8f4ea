using Microsoft.AspNetCore.Mvc;
using Portal.Application.Tickets.Commands.ReplyToTicket;
using Portal.Application.Tickets.Queries.GetTicket;
using Portal.Domain.Tickets;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Tickets;

/// <summary>One ticket with its conversation and the reply form; a sent reply redirects back here (post-redirect-get).</summary>
public sealed class TicketDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Ticket? Ticket { get; private set; }

    /// <summary>The reply's text; posted as "Content", the command's name for it, so its messages land beside it.</summary>
    [BindProperty(Name = "Content")]
    public string? ReplyText { get; set; }

    /// <summary>Set by the redirect after the ticket was opened: the page says so once (a flag, not state).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Opened { get; set; }

    /// <summary>Set by the redirect after a reply was sent: the page says so, and which status the ticket is in now.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Replied { get; set; }

    public string Purpose => FormPurpose("tickets.reply", RouteData.Values["ticketId"]);

    protected override IReadOnlyDictionary<string, string> BackendFieldNames { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["content"] = "Content" };

    /// <summary>Where the file downloads, through Portal (never the Platform's own URL).</summary>
    public string AttachmentLink(TicketAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return Link($"tickets/{Ticket?.Id.Value}/attachments/{attachment.Id}");
    }

    public Task<IActionResult> OnGetAsync(string ticketId) => SignedInAsync(async signIn =>
    {
        Ticket = await Mediator.Send(new GetTicketQuery(AccessFor(signIn), ticketId), Aborted);
        Notice = Opened
            ? (Ticket.Summary.Number is { } number ? $"Ticket {number} opened." : "Ticket opened.") + " Support will answer here."
            : Replied ? $"Reply sent. The ticket is now {Display.Words(Ticket.Summary.Status)}." : null;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(string ticketId) => SignedInPostAsync(Purpose, async signIn =>
    {
        var access = AccessFor(signIn);
        if (await SubmitAsync(() => Mediator.Send(new ReplyToTicketCommand(access, ticketId, ReplyText ?? string.Empty), Aborted)) is not null)
        {
            return Redirect(Link("tickets/" + ticketId) + "?replied=true");
        }

        return await ShowFormAgainAsync(async () => Ticket = await Mediator.Send(new GetTicketQuery(access, ticketId), Aborted));
    });
}
