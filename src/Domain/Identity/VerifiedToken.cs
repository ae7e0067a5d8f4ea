namespace Portal.Domain.Identity;

/// <summary>
/// What the identity backend says about a token it still accepts: whose it is and for which portal it was issued.
/// A token it does not accept never becomes one of these.
/// </summary>
public sealed record VerifiedToken
{
    public VerifiedToken(UserId userId, string portal)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(portal);
        UserId = userId;
        Portal = portal;
    }

    public UserId UserId { get; }

    /// <summary>The portal the token was issued for ("customer" for this one).</summary>
    public string Portal { get; }

    /// <summary>The same person's Platform user id, when the identity backend links one; null means none.</summary>
    public long? PlatformUserId { get; init; }
}
