using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetInvoicePdf;

internal sealed class GetInvoicePdfQueryValidator : TenantScopedValidator<GetInvoicePdfQuery>
{
    public GetInvoicePdfQueryValidator()
    {
        RuleFor(x => x.Number).MustBeIdentifier().WithMessage("Invoice number must be 1 to 64 letters, digits, '-' or '_'.");
    }
}
