using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.Application.Common.Access;

/// <summary>
/// Who is asking about their own account, as Web received it (token and user from the caller's cookie). Raw values until
/// validated; <see cref="ToScope"/> turns them into the Domain's <see cref="AccountScope"/> for the ports.
/// </summary>
/// <param name="PlatformUserId">The user's id on the Platform, from the sealed sign-in; null when the user has none.</param>
public sealed record AccountContext(string Token, string UserId, long? PlatformUserId)
{
    /// <summary>The account lives on the Platform: a user without a Platform id has none, which reads as "not found".</summary>
    public AccountScope ToScope() =>
        PlatformUserId is > 0 and var platformUserId
            ? new AccountScope(new AccessToken(Token), new UserId(UserId), platformUserId)
            : throw new NotFoundException("account");

    /// <summary>The token's value stays out of logs and exception messages.</summary>
    public override string ToString() => $"AccountContext(User = {UserId})";
}
