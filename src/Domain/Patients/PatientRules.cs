using System.Globalization;
using System.Text;
using Portal.Domain.Identity;

namespace Portal.Domain.Patients;

/// <summary>The shape rules of a new patient's details; <see cref="NewPatient"/> enforces them and validators mirror them.</summary>
public static class PatientRules
{
    public const int MaxNameLength = 100;
    public const int MinPhoneLength = 7;
    public const int MaxPhoneLength = 20;

    public static DateOnly EarliestDateOfBirth { get; } = new(1900, 1, 1);

    /// <summary>
    /// 1 to <see cref="MaxNameLength"/> characters (ignoring surrounding spaces) of letters, spaces, hyphens and
    /// apostrophes, with at least one letter. Letters are read as whole Unicode characters (a name beyond the Basic
    /// Multilingual Plane, "𠮷野") with the marks that complete them ("राम", "สมศักดิ์", a decomposed "José") and the zero-width
    /// joiners some scripts write names with.
    /// </summary>
    public static bool IsValidName(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxNameLength)
        {
            return false;
        }

        var hasLetter = false;
        foreach (var character in trimmed.EnumerateRunes())
        {
            if (Rune.IsLetter(character))
            {
                hasLetter = true;
            }
            else if (!IsMark(character) && character.Value is not (' ' or '-' or '\'' or '\u2019' or '\u200C' or '\u200D'))
            {
                // A lone surrogate reads as the replacement character, which is no letter either.
                return false;
            }
        }

        return hasLetter;
    }

    private static bool IsMark(Rune character) =>
        Rune.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

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
