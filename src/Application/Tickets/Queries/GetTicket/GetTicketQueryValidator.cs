using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Tickets.Queries.GetTicket;

internal sealed class GetTicketQueryValidator : TenantScopedValidator<GetTicketQuery>
{
    public GetTicketQueryValidator()
    {
        RuleFor(x => x.TicketId).MustBeIdentifier().WithMessage("Ticket id must be 1 to 64 letters, digits, '-' or '_'.");
    }
}
