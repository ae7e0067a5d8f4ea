namespace Portal.Application.Common.Exceptions;

/// <summary>The root of the few failures Application reports; Web maps each subtype to one answer.</summary>
public abstract class PortalException : Exception
{
    protected PortalException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
