using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetInvoice;

internal sealed class GetInvoiceQueryValidator : TenantScopedValidator<GetInvoiceQuery>
{
    public GetInvoiceQueryValidator()
    {
        RuleFor(x => x.Number).MustBeIdentifier("Invoice number");
    }
}
