using FluentValidation;
using Portal.Domain.Identity;

namespace Portal.Application.Team;

/// <summary>The rules the team's requests share.</summary>
internal static class TeamValidationRules
{
    /// <summary>A member is named by their Platform user id, a positive number.</summary>
    public static IRuleBuilderOptions<T, long> MustBeMemberId<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThan(0).WithMessage("A member id is a positive number.");

    /// <summary>One of the Platform's four roles, as its code.</summary>
    public static IRuleBuilderOptions<T, string> MustBeRole<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(role => role is not null && CustomerRoles.All.Contains(role, StringComparer.Ordinal))
            .WithMessage("Choose a role: " + string.Join(", ", CustomerRoles.All) + ".");
}
