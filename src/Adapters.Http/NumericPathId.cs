using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http;

/// <summary>
/// Service and ticket ids are the Platform's integer keys and go in the path. Anything else cannot name one of them
/// (the Platform would answer its HTML 404 page), so it is "not found" without a call.
/// </summary>
internal static class NumericPathId
{
    public static string Require(string id, string subject)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length is > 0 and <= 18 && id.All(char.IsAsciiDigit) ? id : throw new NotFoundException(subject);
    }
}
