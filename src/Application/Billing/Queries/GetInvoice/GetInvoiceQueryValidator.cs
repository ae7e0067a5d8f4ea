using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetInvoice;

internal sealed class GetInvoiceQueryValidator : TenantScopedValidator<GetInvoiceQuery>
{
    public GetInvoiceQueryValidator()
    {
        RuleFor(x => x.Number).MustBeIdentifier().WithMessage("Invoice number must be 1 to 64 letters, digits, '-' or '_'.");
    }
}
