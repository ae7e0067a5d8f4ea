using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetProformaPdf;

internal sealed class GetProformaPdfQueryValidator : TenantScopedValidator<GetProformaPdfQuery>
{
    public GetProformaPdfQueryValidator()
    {
        RuleFor(x => x.Number).MustBeIdentifier("Proforma number");
    }
}
