using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.ListTickets;

internal sealed class ListTicketsQueryValidator : TenantScopedValidator<ListTicketsQuery>
{
    public ListTicketsQueryValidator()
    {
        RuleFor(x => x.Status).MustBeCodeOfOrBlank(TicketCodes.Statuses);
        RuleFor(x => x.Priority).MustBeCodeOfOrBlank(TicketCodes.Priorities);
        RuleFor(x => x.Search)
            .Must(search => search is null || search.Trim().Length <= TicketFilter.MaxSearchLength)
            .WithMessage($"Search must be at most {TicketFilter.MaxSearchLength} characters.")
            .MustBeOneLine("Search");
        RuleFor(x => x.Page).MustBePageNumber();
        RuleFor(x => x.PageSize).MustBePageSize();
    }
}
