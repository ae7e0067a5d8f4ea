using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.Tickets.Queries.GetTicketsSummary;

internal sealed class GetTicketsSummaryQueryValidator : AbstractValidator<GetTicketsSummaryQuery>
{
    public GetTicketsSummaryQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
    }
}
