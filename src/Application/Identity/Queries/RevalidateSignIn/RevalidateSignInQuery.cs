using MediatR;

namespace Portal.Application.Identity.Queries.RevalidateSignIn;

/// <summary>
/// Asks the Platform whether a signed-in user is still active and whether their memberships changed since
/// <see cref="KnownMembershipHash"/> (null: never checked). When they changed, the user's tenants are listed again, so
/// their Platform links and roles are current.
/// </summary>
public sealed record RevalidateSignInQuery(string Token, string UserId, long PlatformUserId, string? KnownMembershipHash)
    : IRequest<SignInRevalidation>
{
    /// <summary>The token stays out of logs and exception messages.</summary>
    public override string ToString() => $"RevalidateSignInQuery(User = {UserId}, PlatformUser = {PlatformUserId})";
}
