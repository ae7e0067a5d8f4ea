using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.GetTicketAttachment;

/// <summary>
/// One file attached to one of the tenant's tickets, as a stream. The caller owns the answer and disposes it once the
/// bytes are copied.
/// </summary>
public sealed record GetTicketAttachmentQuery(AccessContext Access, string TicketId, string AttachmentId)
    : IRequest<AttachmentFile>, ITenantScopedRequest;
