using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Ports;

/// <summary>
/// The customer's support tickets: reading them and their files, opening one, replying. Every call is about the tenant in the
/// <see cref="TenantScope"/>; a ticket that does not exist or belongs to another customer is a
/// <see cref="Common.Exceptions.NotFoundException"/>, a support desk that cannot answer is a
/// <see cref="Common.Exceptions.BackendUnavailableException"/> with area "support", and a reasoned refusal (replying to a
/// closed ticket) is a <see cref="Common.Exceptions.RequestRejectedException"/>.
/// </summary>
public interface ISupportDesk
{
    Task<TicketsSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken);

    Task<Page<TicketSummary>> ListAsync(
        TenantScope scope, TicketFilter filter, PageRequest page, CancellationToken cancellationToken);

    Task<Ticket> GetAsync(TenantScope scope, TicketId id, CancellationToken cancellationToken);

    /// <summary>Opens the ticket and answers it as the Platform stored it (with its id and number).</summary>
    Task<Ticket> CreateAsync(TenantScope scope, NewTicket ticket, CancellationToken cancellationToken);

    /// <summary>Adds the customer's reply (2 to 5000 characters, already validated) and answers the stored comment.</summary>
    Task<TicketComment> ReplyAsync(TenantScope scope, TicketId id, string content, CancellationToken cancellationToken);

    /// <summary>
    /// Opens one file of the ticket as a stream once the Platform's answer has begun; nothing is buffered. A file the
    /// Platform does not hand out (unknown, another customer's, flagged unsafe, gone) is a
    /// <see cref="Common.Exceptions.NotFoundException"/>.
    /// </summary>
    Task<AttachmentFile> OpenAttachmentAsync(
        TenantScope scope, TicketId ticketId, string attachmentId, CancellationToken cancellationToken);

    /// <summary>The categories a new ticket may be filed under, in the order support wants them offered.</summary>
    Task<IReadOnlyList<TicketCategory>> ListCategoriesAsync(TenantScope scope, CancellationToken cancellationToken);
}
