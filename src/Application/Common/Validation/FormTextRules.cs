using FluentValidation;

namespace Portal.Application.Common.Validation;

/// <summary>Rules for the free-text fields of Portal's forms, with messages that name the field as the form labels it.</summary>
public static class FormTextRules
{
    /// <summary>
    /// One line of at most <paramref name="maxLength"/> characters once trimmed (what is sent); blank is allowed. Line
    /// breaks, tabs and other control characters are refused here, beside the field, rather than sent for the Platform
    /// to store in a one-line column or refuse as a failure.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustFit<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Must(text => text is not null && text.Trim().Length <= maxLength)
            .WithMessage($"{label} must be at most {maxLength} characters.")
            .MustBeOneLine(label);

    /// <summary><see cref="MustFit"/> for a text that may be left out: null (not given) passes.</summary>
    public static IRuleBuilderOptions<T, string?> MustFitIfGiven<T>(this IRuleBuilder<T, string?> rule, string label, int maxLength) =>
        rule.Must(text => text is null || text.Trim().Length <= maxLength)
            .WithMessage($"{label} must be at most {maxLength} characters.")
            .MustBeOneLine(label);

    /// <summary>
    /// No line breaks (the Unicode line and paragraph separators too), tabs or other control characters in what is sent,
    /// the trimmed text; null is left to the other rules.
    /// </summary>
    public static IRuleBuilderOptions<T, TText> MustBeOneLine<T, TText>(this IRuleBuilder<T, TText> rule, string label)
        where TText : IEnumerable<char>? =>
        rule.Must(text => text is null || IsOneLine((text as string ?? string.Concat(text)).AsSpan().Trim()))
            .WithMessage($"{label} must be one line, without tabs or other control characters.");

    /// <summary>
    /// Text of several lines: line breaks and tabs are kept, any other control character (a bell, an escape, a NUL) is
    /// refused here rather than stored for support to read as "&amp;#x1B;".
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustBePlainText<T>(this IRuleBuilder<T, string> rule, string label) =>
        rule.Must(text => text is null || !text.Any(character => char.IsControl(character) && character is not ('\r' or '\n' or '\t')))
            .WithMessage($"{label} may hold line breaks and tabs, but no other control characters.");

    /// <summary>Not blank, and at most <paramref name="maxLength"/> characters once trimmed.</summary>
    public static IRuleBuilderOptions<T, string> MustBeGiven<T>(this IRuleBuilderInitial<T, string> rule, string label, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage($"{label} is required.")
            .MustFit(label, maxLength);

    private static bool IsOneLine(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) || character is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }
}
