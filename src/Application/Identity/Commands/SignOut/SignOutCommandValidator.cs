using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Identity.Commands.SignOut;

internal sealed class SignOutCommandValidator : AbstractValidator<SignOutCommand>
{
    public SignOutCommandValidator()
    {
        RuleFor(x => x.Token).MustBeAccessToken();
    }
}
