using Portal.Application.Common.Validation;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.ListTickets;

internal sealed class ListTicketsQueryValidator : TenantScopedValidator<ListTicketsQuery>
{
    public ListTicketsQueryValidator()
    {
        RuleFor(x => x.Status).MustBeCodeOfOrBlank(TicketCodes.Statuses);
        RuleFor(x => x.Priority).MustBeCodeOfOrBlank(TicketCodes.Priorities);
        RuleFor(x => x.Search).MustFitIfGiven("Search", TicketFilter.MaxSearchLength);
        RuleFor(x => x.Page).MustBePageNumber();
        RuleFor(x => x.PageSize).MustBePageSize();
    }
}
