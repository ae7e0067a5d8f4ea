using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Commands.UpdateProfile;

/// <summary>
/// Every rule the Platform does not apply: names within its columns, a phone number (<see cref="PhoneNumberRules"/>), a
/// language it offers, an IANA time zone. Messages speak to the user filling in the form.
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
            .Must(ProfileLanguages.IsKnown).WithMessage("Choose English or Romanian.");
        RuleFor(x => x.TimeZone)
            .Must((command, zone) => TimeZoneNames.IsValid(zone) || string.Equals(zone, command.StoredTimeZone, StringComparison.Ordinal))
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
