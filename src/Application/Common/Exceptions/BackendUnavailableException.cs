namespace Portal.Application.Common.Exceptions;

/// <summary>
/// A backend did not answer in time, had no responder, or is switched off by its circuit breaker. Web answers 503
/// "this part is unavailable" for a page, or marks one dashboard card unavailable. <see cref="BackendBusyException"/> is
/// the one kind that says when to try again.
/// </summary>
public class BackendUnavailableException : PortalException
{
    public BackendUnavailableException(string area, string reason, Exception? innerException = null)
        : base($"The {area} service is unavailable right now ({reason}).", innerException)
    {
        Area = area;
    }

    /// <summary>The part of the product that is down, for example "billing" or "patients".</summary>
    public string Area { get; }
}
