using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Identity.Commands.Login;

internal sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public const int MaxPasswordLength = 256;

    public LoginCommandValidator()
    {
        RuleFor(x => x.Email).MustBeEmailAddress();

        RuleFor(x => x.Password)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Password is required.")
            .MaximumLength(MaxPasswordLength).WithMessage($"Password must be at most {MaxPasswordLength} characters.");
    }
}
