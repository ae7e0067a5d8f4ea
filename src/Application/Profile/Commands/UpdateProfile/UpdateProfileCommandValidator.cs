using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Commands.UpdateProfile;

/// <summary>
/// Every rule the Platform does not apply: names within its columns, a phone number (<see cref="PhoneNumberRules"/>), a
/// language it offers, an IANA time zone; the language and zone the Platform holds pass unchanged, and one left null (not
/// stated, not chosen) is not sent, so it needs no rule. Messages speak to the user filling in the form.
/// </summary>
internal sealed class UpdateProfileCommandValidator : AccountScopedValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator()
    {
        RuleFor(x => x.FirstName)
            .Must(BeAName).WithMessage($"First name must be at most {UpdateProfileCommand.MaxNameLength} characters, without line breaks.");
        RuleFor(x => x.LastName)
            .Must(BeAName).WithMessage($"Last name must be at most {UpdateProfileCommand.MaxNameLength} characters, without line breaks.");
        RuleFor(x => x.Phone).MustBePhoneNumberOrBlank(UpdateProfileCommand.MaxPhoneLength);
        RuleFor(x => x.Language)
            .Must((command, language) => ProfileLanguages.IsKnown(language) || string.Equals(language, command.StoredLanguage, StringComparison.Ordinal))
            .When(x => x.Language is not null)
            .WithMessage("Choose English or Romanian.");
        RuleFor(x => x.TimeZone)
            .Must((command, zone) => TimeZoneNames.IsValid(zone) || string.Equals(zone, command.StoredTimeZone, StringComparison.Ordinal))
            .When(x => x.TimeZone is not null)
            .WithMessage("Choose a time zone from the list, for example Europe/Bucharest.");
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
}
