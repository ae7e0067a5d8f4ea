namespace Portal.Application.Common.Exceptions;

/// <summary>Wrong credentials, or a token that is no longer good. Web shows the login page with <see cref="Exception.Message"/>.</summary>
public sealed class NotAuthenticatedException : PortalException
{
    public NotAuthenticatedException(string message)
        : base(message)
    {
    }
}
