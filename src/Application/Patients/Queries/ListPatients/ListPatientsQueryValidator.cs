using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Patients.Queries.ListPatients;

internal sealed class ListPatientsQueryValidator : TenantScopedValidator<ListPatientsQuery>
{
    public ListPatientsQueryValidator()
    {
        RuleFor(x => x.Search)
            .MaximumLength(ListPatientsQuery.MaxSearchLength)
            .WithMessage($"Search must be at most {ListPatientsQuery.MaxSearchLength} characters.")
            .MustBeOneLine("Search");
        RuleFor(x => x.Page).MustBePageNumber();
        RuleFor(x => x.PageSize).MustBePageSize();
    }
}
