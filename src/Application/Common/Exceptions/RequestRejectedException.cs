namespace Portal.Application.Common.Exceptions;

/// <summary>
/// A backend understood the request and refused it with a reason for the user (for example a duplicate patient). When
/// the backend named the inputs it refused, <see cref="FieldErrors"/> holds its messages per input, for showing beside the
/// fields.
/// </summary>
public sealed class RequestRejectedException : PortalException
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFieldErrors =
        new Dictionary<string, IReadOnlyList<string>>();

    public RequestRejectedException(string message)
        : this(message, NoFieldErrors)
    {
    }

    public RequestRejectedException(string message, IReadOnlyDictionary<string, IReadOnlyList<string>> fieldErrors)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(fieldErrors);
        FieldErrors = fieldErrors;
    }

    /// <summary>
    /// The backend's messages per input, keyed by the backend's own name of the input (for example <c>title</c>); empty
    /// when it refused the request as a whole.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }
}
