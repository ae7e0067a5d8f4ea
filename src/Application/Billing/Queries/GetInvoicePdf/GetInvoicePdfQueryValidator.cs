using FluentValidation;
using Portal.Application.Common.Access;
using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetInvoicePdf;

internal sealed class GetInvoicePdfQueryValidator : AbstractValidator<GetInvoicePdfQuery>
{
    public GetInvoicePdfQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
        RuleFor(x => x.Number).MustBeIdentifier().WithMessage("Invoice number must be 1 to 64 letters, digits, '-' or '_'.");
    }
}
