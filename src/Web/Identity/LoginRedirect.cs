namespace Portal.Web.Identity;

/// <summary>Where to send someone who must sign in, and which return addresses may be followed afterwards.</summary>
public static class LoginRedirect
{
    public const string LoginPath = "/login";

    /// <summary>
    /// The login page saying that the sign-in ended because the Platform no longer accepts the user. No return address:
    /// the same user cannot go on where they were.
    /// </summary>
    public const string Ended = LoginPath + "?ended=true";

    /// <summary>The login page, returning to the requested page afterwards when it was a plain GET.</summary>
    public static string For(HttpRequest request, string? originalPath = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method))
        {
            return LoginPath;
        }

        // The path as it travels (percent-encoded), so that the address followed after the sign-in is ASCII, as a Location header must be.
        var returnUrl = (originalPath is ['/', ..] ? new PathString(originalPath) : request.Path).ToUriComponent() + request.QueryString.Value;
        return IsLocal(returnUrl) && returnUrl != "/" ? LoginPath + "?returnUrl=" + Uri.EscapeDataString(returnUrl) : LoginPath;
    }

    /// <summary>
    /// Only a path on this site: it starts with one '/', is not protocol-relative ("//", "/\"), and is printable ASCII, as
    /// the addresses Portal builds are (anything else percent-encoded) and as a redirect's Location header must be.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.Length <= 2048
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && url.All(c => c is >= ' ' and <= '~');
}
