namespace Portal.Domain.Identity;

/// <summary>One of a user's Platform memberships as <c>users/customers/</c> lists it: the customer and the user's role there.</summary>
public sealed record PlatformMembership
{
    public PlatformMembership(long customerId, string role)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        CustomerId = customerId;
        Role = role;
    }

    public long CustomerId { get; }

    /// <summary>owner, billing, tech or viewer; another value as the Platform sent it.</summary>
    public string Role { get; }
}
