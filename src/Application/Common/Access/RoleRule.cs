namespace Portal.Application.Common.Access;

/// <summary>
/// Which roles may do one thing. <see cref="Action"/> completes the refusal "Your role does not allow you to …", for
/// example "change the company details".
/// </summary>
public sealed record RoleRule(string Action, IReadOnlyList<string> Roles)
{
    /// <summary>Whether <paramref name="role"/> (as the Platform reported it; null when unknown) may do it.</summary>
    public bool Allows(string? role) => role is not null && Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>What a caller of <paramref name="role"/> (null when unknown) is told when it may not.</summary>
    public string RefusalFor(string? role) => role is null
        ? $"Portal could not confirm your role for this customer, so it did not {Action}. Reload the page and try again."
        : $"Your role ({role}) does not allow you to {Action}; the {AllowedRoles} role does.";

    /// <summary>"owner or billing": the roles that may, for the refusal.</summary>
    public string AllowedRoles => Roles.Count switch
    {
        1 => Roles[0],
        _ => string.Join(", ", Roles.Take(Roles.Count - 1)) + " or " + Roles[^1],
    };
}
