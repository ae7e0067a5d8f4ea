using FluentValidation;

namespace Portal.Application.Common.Validation;

/// <summary>Rules for the free-text fields of Portal's forms, with messages that name the field as the form labels it.</summary>
public static class FormTextRules
{
    /// <summary>At most <paramref name="maxLength"/> characters once trimmed (what is sent); blank is allowed.</summary>
    public static IRuleBuilderOptions<T, string> MustFit<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Must(text => text is not null && text.Trim().Length <= maxLength)
            .WithMessage($"{label} must be at most {maxLength} characters.");

    /// <summary>Not blank, and at most <paramref name="maxLength"/> characters once trimmed.</summary>
    public static IRuleBuilderOptions<T, string> MustBeGiven<T>(this IRuleBuilderInitial<T, string> rule, string label, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage($"{label} is required.")
            .MustFit(label, maxLength);
}
