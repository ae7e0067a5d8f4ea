using System.Linq.Expressions;
using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Commands.CreatePatient;

/// <summary>The rules of the new-patient form; Web shows the messages beside the fields, so they speak to the user.</summary>
internal sealed class CreatePatientCommandValidator : TenantScopedValidator<CreatePatientCommand>
{
    public CreatePatientCommandValidator(TimeProvider clock)
    {
        NameRules(x => x.FirstName, "First name");
        NameRules(x => x.LastName, "Last name");

        RuleFor(x => x.Email).MustBeEmailAddress();

        RuleFor(x => x.Phone)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Phone number is required.")
            .Must(PatientRules.IsValidPhone)
                .WithMessage($"Phone number must be {PatientRules.MinPhoneLength} to {PatientRules.MaxPhoneLength} characters of digits, spaces, '+', '-', '(' and ')'.");

        RuleFor(x => x.DateOfBirth)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Date of birth is required.")
            .Must(date => date >= PatientRules.EarliestDateOfBirth)
                .WithMessage($"Date of birth cannot be before {PatientRules.EarliestDateOfBirth.Year}.")
            .Must(date => date < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
                .WithMessage("Date of birth must be in the past.");
    }

    private void NameRules(Expression<Func<CreatePatientCommand, string>> name, string label) =>
        RuleFor(name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"{label} is required.")
            .Must(value => value.Trim().Length <= PatientRules.MaxNameLength)
                .WithMessage($"{label} must be at most {PatientRules.MaxNameLength} characters.")
            .Must(PatientRules.IsValidName).WithMessage($"{label} may contain only letters, spaces, hyphens and apostrophes.");
}
