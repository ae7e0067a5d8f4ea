namespace Portal.Web.Security;

/// <summary>A form came back without a valid CSRF token for its purpose; Web answers 400.</summary>
public sealed class CsrfRejectedException : Exception
{
    public CsrfRejectedException()
        : base("The form could not be accepted because it was out of date or not sent from this site. Reload the page and try again.")
    {
    }

    public CsrfRejectedException(string message)
        : base(message)
    {
    }

    public CsrfRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
