using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Queries.ListServicePlans;

internal sealed class ListServicePlansQueryValidator : TenantScopedValidator<ListServicePlansQuery>
{
    public ListServicePlansQueryValidator()
    {
        RuleFor(x => x.PlanType!.Trim()).MustBeIdentifier("Plan type").When(x => !string.IsNullOrWhiteSpace(x.PlanType));
    }
}
