using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetInvoicePdf;

internal sealed class GetInvoicePdfQueryValidator : TenantScopedValidator<GetInvoicePdfQuery>
{
    public GetInvoicePdfQueryValidator()
    {
        RuleFor(x => x.Number).MustBeIdentifier("Invoice number");
    }
}
