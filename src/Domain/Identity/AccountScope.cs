namespace Portal.Domain.Identity;

/// <summary>
/// Who is asking about their own account (profile, privacy): every user-scoped port call carries it.
/// <see cref="PlatformUserId"/> is the user's id on the Platform, where the account lives.
/// </summary>
public sealed record AccountScope
{
    public AccountScope(AccessToken token, UserId userId, long platformUserId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(platformUserId);
        Token = token;
        UserId = userId;
        PlatformUserId = platformUserId;
    }

    public AccessToken Token { get; }

    public UserId UserId { get; }

    public long PlatformUserId { get; }
}
