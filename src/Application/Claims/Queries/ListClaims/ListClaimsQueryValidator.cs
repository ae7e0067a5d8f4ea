using FluentValidation;
using Portal.Application.Common.Access;
using Portal.Application.Common.Validation;

namespace Portal.Application.Claims.Queries.ListClaims;

internal sealed class ListClaimsQueryValidator : AbstractValidator<ListClaimsQuery>
{
    public ListClaimsQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
        RuleFor(x => x.PatientId).MustBeIdentifier();
    }
}
