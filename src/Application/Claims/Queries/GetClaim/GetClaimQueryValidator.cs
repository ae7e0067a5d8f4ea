using FluentValidation;
using Portal.Application.Common.Access;
using Portal.Application.Common.Validation;

namespace Portal.Application.Claims.Queries.GetClaim;

internal sealed class GetClaimQueryValidator : AbstractValidator<GetClaimQuery>
{
    public GetClaimQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
        RuleFor(x => x.ClaimId).MustBeIdentifier();
    }
}
