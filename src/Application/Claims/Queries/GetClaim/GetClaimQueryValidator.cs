using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Claims.Queries.GetClaim;

internal sealed class GetClaimQueryValidator : TenantScopedValidator<GetClaimQuery>
{
    public GetClaimQueryValidator()
    {
        RuleFor(x => x.ClaimId).MustBeIdentifier();
        RuleFor(x => x.PatientId!).MustBeIdentifier().When(x => x.PatientId is not null);
    }
}
