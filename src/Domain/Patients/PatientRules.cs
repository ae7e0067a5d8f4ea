using Portal.Domain.Identity;

namespace Portal.Domain.Patients;

/// <summary>The shape rules of a new patient's details; <see cref="NewPatient"/> enforces them and validators mirror them.</summary>
public static class PatientRules
{
    public const int MaxNameLength = 100;
    public const int MinPhoneLength = 7;
    public const int MaxPhoneLength = 20;

    public static DateOnly EarliestDateOfBirth { get; } = new(1900, 1, 1);

    /// <summary>1 to <see cref="MaxNameLength"/> characters (ignoring surrounding spaces) of letters, spaces, hyphens and apostrophes, with at least one letter.</summary>
    public static bool IsValidName(string? value)
    {
        var trimmed = value?.Trim();
        return !string.IsNullOrEmpty(trimmed)
            && trimmed.Length <= MaxNameLength
            && trimmed.Any(char.IsLetter)
            && trimmed.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019');
    }

    public static bool IsValidEmail(string? value) => EmailAddressFormat.IsValid(value?.Trim());

    /// <summary><see cref="MinPhoneLength"/> to <see cref="MaxPhoneLength"/> characters of digits, '+', '-', '(', ')' and spaces, with at least <see cref="MinPhoneLength"/> digits.</summary>
    public static bool IsValidPhone(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: >= MinPhoneLength and <= MaxPhoneLength }
            && trimmed.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '(' or ')' or ' ')
            && trimmed.Count(char.IsAsciiDigit) >= MinPhoneLength;
    }
}
