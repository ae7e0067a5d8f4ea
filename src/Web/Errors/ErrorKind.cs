namespace Portal.Web.Errors;

/// <summary>The few answers a failed request gets.</summary>
public enum ErrorKind
{
    BadRequest,
    NotFound,
    NotPermitted,
    SignInRequired,
    Unavailable,
    Internal,
}
