namespace Portal.Application.Common.Exceptions;

/// <summary>A backend understood the request and refused it with a reason for the user (for example a duplicate patient).</summary>
public sealed class RequestRejectedException : PortalException
{
    public RequestRejectedException(string message)
        : base(message)
    {
    }
}
