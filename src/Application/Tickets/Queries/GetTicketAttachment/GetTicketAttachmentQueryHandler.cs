using MediatR;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.GetTicketAttachment;

internal sealed class GetTicketAttachmentQueryHandler(ISupportDesk desk) : IRequestHandler<GetTicketAttachmentQuery, AttachmentFile>
{
    public Task<AttachmentFile> Handle(GetTicketAttachmentQuery request, CancellationToken cancellationToken) =>
        desk.OpenAttachmentAsync(request.Access.ToScope(), new TicketId(request.TicketId), request.AttachmentId, cancellationToken);
}
