namespace Portal.Application.Common.Exceptions;

/// <summary>
/// The Platform no longer accepts the signed-in user (gone or deactivated): the sign-in ends, and Web says so on the
/// login page rather than only asking the user to sign in.
/// </summary>
public sealed class SignInRevokedException : PortalException
{
    public SignInRevokedException(string message)
        : base(message)
    {
    }
}
