using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Tenants.Queries.ListTenants;

internal sealed class ListTenantsQueryValidator : AbstractValidator<ListTenantsQuery>
{
    public ListTenantsQueryValidator()
    {
        RuleFor(x => x.Token).MustBeAccessToken();
        RuleFor(x => x.UserId).MustBeIdentifier();
    }
}
