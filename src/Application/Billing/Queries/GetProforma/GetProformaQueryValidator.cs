using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetProforma;

internal sealed class GetProformaQueryValidator : TenantScopedValidator<GetProformaQuery>
{
    public GetProformaQueryValidator()
    {
        RuleFor(x => x.Number).MustBeIdentifier("Proforma number");
    }
}
