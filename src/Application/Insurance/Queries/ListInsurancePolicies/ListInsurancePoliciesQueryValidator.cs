using FluentValidation;
using Portal.Application.Common.Access;
using Portal.Application.Common.Validation;

namespace Portal.Application.Insurance.Queries.ListInsurancePolicies;

internal sealed class ListInsurancePoliciesQueryValidator : AbstractValidator<ListInsurancePoliciesQuery>
{
    public ListInsurancePoliciesQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
        RuleFor(x => x.PatientId).MustBeIdentifier();
    }
}
