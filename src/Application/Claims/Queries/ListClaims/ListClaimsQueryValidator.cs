using Portal.Application.Common.Validation;

namespace Portal.Application.Claims.Queries.ListClaims;

internal sealed class ListClaimsQueryValidator : TenantScopedValidator<ListClaimsQuery>
{
    public ListClaimsQueryValidator()
    {
        RuleFor(x => x.PatientId).MustBeIdentifier();
    }
}
