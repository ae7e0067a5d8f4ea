using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.GetTicketAttachment;

/// <summary>
/// Hands out only a file the ticket's public conversation lists, and only when the Platform's scan passed it: the
/// Platform's download answers any file of the customer's ticket, a staff-only comment's too. The listed name stands in
/// when the download names none Portal can read (a header encoded the way Django writes names beyond Latin-1).
/// </summary>
internal sealed class GetTicketAttachmentQueryHandler(ISupportDesk desk) : IRequestHandler<GetTicketAttachmentQuery, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(GetTicketAttachmentQuery request, CancellationToken cancellationToken)
    {
        var scope = request.Access.ToScope();
        var ticketId = new TicketId(request.TicketId);
        var ticket = await desk.GetAsync(scope, ticketId, cancellationToken);
        if (ticket.FindAttachment(request.AttachmentId) is not { IsSafe: true } listed)
        {
            throw new NotFoundException("attachment");
        }

        var file = await desk.OpenAttachmentAsync(scope, ticketId, request.AttachmentId, cancellationToken);
        return file.FileName is null ? new AttachmentFile(file.Content, listed.FileName, file.ContentType, file.Length) : file;
    }
}
