using System.Text;
namespace Portal.Domain.Patients;

/// <summary>The details a user gives to register a patient; surrounding spaces are trimmed.</summary>
public sealed record NewPatient
{
    public NewPatient(string firstName, string lastName, string email, string phone, DateOnly dateOfBirth)
    {
        if (!PatientRules.IsValidName(firstName))
        {
            throw new ArgumentException("The first name is not a valid name.", nameof(firstName));
        }

        if (!PatientRules.IsValidName(lastName))
        {
            throw new ArgumentException("The last name is not a valid name.", nameof(lastName));
        }

        if (!PatientRules.IsValidEmail(email))
        {
            throw new ArgumentException("The e-mail address is not valid.", nameof(email));
        }

        if (!PatientRules.IsValidPhone(phone))
        {
            throw new ArgumentException("The phone number is not valid.", nameof(phone));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(dateOfBirth, PatientRules.EarliestDateOfBirth);
        // One spelling for one name: a name pasted in decomposed form ("Jose" and a combining accent) is stored composed.
        FirstName = firstName.Trim().Normalize(NormalizationForm.FormC);
        LastName = lastName.Trim().Normalize(NormalizationForm.FormC);
        Email = email.Trim();
        Phone = phone.Trim();
        DateOfBirth = dateOfBirth;
    }

    public string FirstName { get; }

    public string LastName { get; }

    public string Email { get; }

    public string Phone { get; }

    /// <summary>Not before <see cref="PatientRules.EarliestDateOfBirth"/>; that it lies in the past is the validator's check, which knows today.</summary>
    public DateOnly DateOfBirth { get; }
}
