namespace Portal.Application.Common.Exceptions;

/// <summary>
/// The one way to say "not found or not yours": a thing that does not exist and a thing the caller may not see are told
/// apart nowhere, so nobody can probe for another tenant's data. Web answers 404.
/// </summary>
public sealed class NotFoundException : PortalException
{
    public NotFoundException(string what)
        : base($"The {what} was not found.")
    {
        What = what;
    }

    public string What { get; }
}
