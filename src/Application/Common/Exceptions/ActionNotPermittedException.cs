namespace Portal.Application.Common.Exceptions;

/// <summary>
/// The caller may see the customer but their role may not do this (Portal's role rules said so before any call, or the
/// Platform refused it the same way). The message is for the user and names the roles that may.
/// </summary>
public sealed class ActionNotPermittedException : PortalException
{
    public ActionNotPermittedException(string message)
        : base(message)
    {
    }
}
