using FluentValidation;

namespace Portal.Application.Common.Validation;

/// <summary>
/// The one phone-number rule of Portal's Platform forms (profile, company details): blank for none, or
/// <see cref="MinDigits"/> to <see cref="MaxDigits"/> digits (E.164 allows 15) with the usual separators — spaces, '-',
/// '.', '(' and ')' — and a '+' only at the start.
/// </summary>
public static class PhoneNumberRules
{
    public const int MinDigits = 6;

    public const int MaxDigits = 15;

    /// <summary>
    /// Blank, or a phone number once trimmed, within <paramref name="maxLength"/> characters (the Platform's column); the
    /// first rule broken is the only message. Null is a form that sent no field at all.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustBePhoneNumberOrBlank<T>(this IRuleBuilderInitial<T, string> rule, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Phone is missing; leave it blank for none.")
            .Must(phone => phone.Trim().Length <= maxLength)
                .WithMessage($"Phone must be at most {maxLength} characters.")
            .Must(phone => IsBlankOrPhoneNumber(phone.Trim()))
                .WithMessage(
                    $"Enter a phone number of {MinDigits} to {MaxDigits} digits, "
                    + "for example +40 721 234 567 (digits, spaces, '+' at the start, '-', '.', '(' and ')').");

    private static bool IsBlankOrPhoneNumber(string phone)
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

        return digits is >= MinDigits and <= MaxDigits;
    }
}
