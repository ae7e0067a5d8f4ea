namespace Portal.Domain.Identity;

/// <summary>
/// The Platform's word on a user's sign-in (<c>users/session/validate/</c>): the user is still active, and
/// <see cref="MembershipHash"/> fingerprints their active memberships and roles, so a different value means their
/// customers or roles changed. Portal compares it; it cannot compute it.
/// </summary>
public sealed record PlatformSession
{
    public PlatformSession(string membershipHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(membershipHash);
        MembershipHash = membershipHash;
    }

    public string MembershipHash { get; }
}
