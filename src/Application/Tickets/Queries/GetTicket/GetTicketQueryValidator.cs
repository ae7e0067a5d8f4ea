using Portal.Application.Common.Validation;

namespace Portal.Application.Tickets.Queries.GetTicket;

internal sealed class GetTicketQueryValidator : TenantScopedValidator<GetTicketQuery>
{
    public GetTicketQueryValidator()
    {
        RuleFor(x => x.TicketId).MustBeIdentifier("Ticket id");
    }
}
