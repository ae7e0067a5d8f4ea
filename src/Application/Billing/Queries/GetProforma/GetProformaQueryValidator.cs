using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetProforma;

internal sealed class GetProformaQueryValidator : TenantScopedValidator<GetProformaQuery>
{
    public GetProformaQueryValidator()
    {
        RuleFor(x => x.Number).MustBeIdentifier().WithMessage("Proforma number must be 1 to 64 letters, digits, '-' or '_'.");
    }
}
