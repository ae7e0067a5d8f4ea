using FluentValidation;

namespace Portal.Application.Common.Validation;

/// <summary>Rules that accept only the codes of a <see cref="CodeMap{TEnum}"/>, with a message that lists them.</summary>
public static class CodeMapRuleExtensions
{
    public static IRuleBuilderOptions<T, string?> MustBeCodeOf<T, TEnum>(this IRuleBuilder<T, string?> rule, CodeMap<TEnum> codes)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codes);
        return rule.Must(codes.IsKnown).WithMessage(OneOf(codes));
    }

    /// <summary>A blank value means "no filter" and passes; anything else must be a known code.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeCodeOfOrBlank<T, TEnum>(
        this IRuleBuilder<T, string?> rule, CodeMap<TEnum> codes)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codes);
        return rule.Must(codes.IsKnownOrBlank).WithMessage(OneOf(codes));
    }

    private static string OneOf<TEnum>(CodeMap<TEnum> codes)
        where TEnum : struct, Enum =>
        $"{{PropertyName}} must be one of: {string.Join(", ", codes.Codes)}.";
}
