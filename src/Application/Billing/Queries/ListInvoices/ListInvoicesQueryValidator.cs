using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.ListInvoices;

internal sealed class ListInvoicesQueryValidator : TenantScopedValidator<ListInvoicesQuery>
{
    public ListInvoicesQueryValidator()
    {
        RuleFor(x => x.Status).MustBeCodeOfOrBlank(BillingCodes.InvoiceStatuses);
        RuleFor(x => x.Page).MustBePageNumber();
        RuleFor(x => x.PageSize).MustBePageSize();
    }
}
