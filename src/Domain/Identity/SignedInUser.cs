namespace Portal.Domain.Identity;

/// <summary>The answer to a successful sign-in: who signed in and the token every later call carries.</summary>
public sealed record SignedInUser
{
    public SignedInUser(User user, AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(token);
        User = user;
        Token = token;
    }

    public User User { get; }

    public AccessToken Token { get; }
}
