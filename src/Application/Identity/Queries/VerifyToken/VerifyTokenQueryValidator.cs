using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Identity.Queries.VerifyToken;

internal sealed class VerifyTokenQueryValidator : AbstractValidator<VerifyTokenQuery>
{
    public VerifyTokenQueryValidator()
    {
        RuleFor(x => x.Token).MustBeAccessToken();
    }
}
