using Portal.Application.Common.Validation;

namespace Portal.Application.Tickets.Queries.GetTicketAttachment;

internal sealed class GetTicketAttachmentQueryValidator : TenantScopedValidator<GetTicketAttachmentQuery>
{
    public GetTicketAttachmentQueryValidator()
    {
        RuleFor(x => x.TicketId).MustBeIdentifier("Ticket id");
        RuleFor(x => x.AttachmentId).MustBeIdentifier("Attachment id");
    }
}
