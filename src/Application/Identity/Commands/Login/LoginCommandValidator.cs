using FluentValidation;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Commands.Login;

internal sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public const int MaxPasswordLength = 256;

    public LoginCommandValidator()
    {
        RuleFor(x => x.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Email address is required.")
            .Must(email => email.Trim().Length <= EmailAddressFormat.MaxLength)
                .WithMessage($"Email address must be at most {EmailAddressFormat.MaxLength} characters.")
            .Must(email => EmailAddressFormat.IsValid(email.Trim()))
                .WithMessage("Enter a valid email address, for example name@example.com.");

        RuleFor(x => x.Password)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Password is required.")
            .MaximumLength(MaxPasswordLength).WithMessage($"Password must be at most {MaxPasswordLength} characters.");
    }
}
