using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.ListProformas;

internal sealed class ListProformasQueryValidator : TenantScopedValidator<ListProformasQuery>
{
    public ListProformasQueryValidator()
    {
        RuleFor(x => x.Page).MustBePageNumber();
        RuleFor(x => x.PageSize).MustBePageSize();
    }
}
