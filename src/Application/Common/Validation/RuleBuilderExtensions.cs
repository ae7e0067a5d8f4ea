using FluentValidation;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Application.Common.Validation;

/// <summary>Validation rules that mirror the Domain invariants, so a request that passes them can build its Domain values.</summary>
public static class RuleBuilderExtensions
{
    /// <summary>An <see cref="Identifier"/>; the message calls the value <paramref name="subject"/> ("Ticket id"), by default the quoted property name.</summary>
    public static IRuleBuilderOptions<T, string> MustBeIdentifier<T>(this IRuleBuilder<T, string> rule, string subject = "'{PropertyName}'") =>
        rule.Must(Identifier.IsValid).WithMessage($"{subject} must be 1 to {Identifier.MaxLength} letters, digits, '-' or '_'.");

    /// <summary>
    /// A required e-mail address of <see cref="EmailAddressFormat"/>'s shape, surrounding spaces ignored; the first rule
    /// broken is the only message, and the messages speak to the user filling in a form.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustBeEmailAddress<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Email address is required.")
            .Must(email => email.Trim().Length <= EmailAddressFormat.MaxLength)
                .WithMessage($"Email address must be at most {EmailAddressFormat.MaxLength} characters.")
            .Must(email => EmailAddressFormat.IsValid(email.Trim()))
                .WithMessage("Enter a valid email address, for example name@example.com.");

    public static IRuleBuilderOptions<T, string> MustBeAccessToken<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(AccessToken.IsValid).WithMessage("The sign-in token is missing or malformed.");

    public static IRuleBuilderOptions<T, int> MustBePageNumber<T>(this IRuleBuilder<T, int> rule) =>
        rule.GreaterThanOrEqualTo(1).WithMessage("'{PropertyName}' must be 1 or more.");

    public static IRuleBuilderOptions<T, int> MustBePageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, PageRequest.MaxSize);
}
