using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Commands.UpdateProfile;

/// <summary>
/// Every rule the Platform does not apply: names and phone within its columns, a phone made of digits and the usual
/// separators, a language it offers, an IANA time zone. Messages speak to the user filling in the form.
/// </summary>
internal sealed class UpdateProfileCommandValidator : AccountScopedValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator()
    {
        RuleFor(x => x.FirstName)
            .Must(BeAName).WithMessage($"First name must be at most {UpdateProfileCommand.MaxNameLength} characters, without line breaks.");
        RuleFor(x => x.LastName)
            .Must(BeAName).WithMessage($"Last name must be at most {UpdateProfileCommand.MaxNameLength} characters, without line breaks.");
        RuleFor(x => x.Phone).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Phone is missing; leave it blank for none.")
            .Must(phone => phone.Trim().Length <= UpdateProfileCommand.MaxPhoneLength)
                .WithMessage($"Phone must be at most {UpdateProfileCommand.MaxPhoneLength} characters.")
            .Must(phone => IsBlankOrPhone(phone.Trim()))
                .WithMessage(
                    $"Enter a phone number of {UpdateProfileCommand.MinPhoneDigits} to {UpdateProfileCommand.MaxPhoneDigits} digits, "
                    + "for example +40 721 234 567 (digits, spaces, '+' at the start, '-', '.', '(' and ')').");
        RuleFor(x => x.Language)
            .Must(ProfileLanguages.IsKnown).WithMessage("Choose English or Romanian.");
        RuleFor(x => x.TimeZone)
            .Must(TimeZoneNames.IsValid).WithMessage("Choose a time zone from the list, for example Europe/Bucharest.");
    }

    /// <summary>Blank is allowed, as the Platform allows it; null is a form that sent no field at all.</summary>
    private static bool BeAName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var trimmed = name.Trim();
        return trimmed.Length <= UpdateProfileCommand.MaxNameLength && !trimmed.Any(char.IsControl);
    }

    private static bool IsBlankOrPhone(string phone)
    {
        if (phone.Length == 0)
        {
            return true;
        }

        var digits = 0;
        for (var i = 0; i < phone.Length; i++)
        {
            var c = phone[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is ' ' or '-' or '.' or '(' or ')' || (c == '+' && i == 0)))
            {
                return false;
            }
        }

        return digits is >= UpdateProfileCommand.MinPhoneDigits and <= UpdateProfileCommand.MaxPhoneDigits;
    }
}
