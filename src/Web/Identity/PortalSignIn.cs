namespace Portal.Web.Identity;

/// <summary>What the sign-in cookie carries: the backend's token and, for display and access checks, whose it is.</summary>
public sealed record PortalSignIn(string Token, string UserId, string DisplayName)
{
    /// <summary>The token stays out of logs.</summary>
    public override string ToString() => $"PortalSignIn(User = {UserId})";
}
