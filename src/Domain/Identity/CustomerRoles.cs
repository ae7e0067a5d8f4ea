namespace Portal.Domain.Identity;

/// <summary>
/// The roles a member can have in a Platform customer (platform-api.md §2.5). The Platform sends them as these codes; an
/// unknown one is kept as it came and is allowed nothing a role rule names.
/// </summary>
public static class CustomerRoles
{
    public const string Owner = "owner";

    public const string Billing = "billing";

    public const string Tech = "tech";

    public const string Viewer = "viewer";

    /// <summary>Every role the Platform knows, most powerful first.</summary>
    public static IReadOnlyList<string> All { get; } = [Owner, Billing, Tech, Viewer];
}
