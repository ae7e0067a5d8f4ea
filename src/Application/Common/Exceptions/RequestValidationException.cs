namespace Portal.Application.Common.Exceptions;

/// <summary>The request's input broke its validator's rules. Web answers 400 and shows <see cref="Errors"/> beside the fields.</summary>
public sealed class RequestValidationException : PortalException
{
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more inputs are invalid: " + string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    /// <summary>Messages per input, keyed by the request's property path (for example <c>FirstName</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
