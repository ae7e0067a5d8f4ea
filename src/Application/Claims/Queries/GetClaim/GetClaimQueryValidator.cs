using Portal.Application.Common.Validation;

namespace Portal.Application.Claims.Queries.GetClaim;

internal sealed class GetClaimQueryValidator : TenantScopedValidator<GetClaimQuery>
{
    public GetClaimQueryValidator()
    {
        RuleFor(x => x.ClaimId).MustBeIdentifier();
    }
}
