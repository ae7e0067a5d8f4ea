using Portal.Application.Common.Validation;

namespace Portal.Application.Insurance.Queries.ListInsurancePolicies;

internal sealed class ListInsurancePoliciesQueryValidator : TenantScopedValidator<ListInsurancePoliciesQuery>
{
    public ListInsurancePoliciesQueryValidator()
    {
        RuleFor(x => x.PatientId).MustBeIdentifier();
    }
}
