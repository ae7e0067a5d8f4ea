using System.Net;
using System.Text.RegularExpressions;

namespace Portal.LoadRun.Hosting;

/// <summary>
/// Signs in through Portal's login form as a browser does: GET /login for the form's CSRF token, POST it back, follow
/// where it leads.
/// </summary>
internal static partial class PortalLogin
{
    public const string SignInCookie = "portal_auth";

    private const int MaxRedirects = 3;

    /// <summary>The Cookie header a browser would send after signing in: the sign-in cookie and any chunks of it.</summary>
    public static async Task<string> SignInAsync(Uri portal, string email, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(30) };

        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative), cancellationToken);
        var csrf = CsrfField().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException("Portal's login form has no __csrf field.");

        using var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = csrf,
            ["returnUrl"] = string.Empty,
            ["Email"] = email,
            ["Password"] = password,
        });
        using var answer = await client.PostAsync(new Uri("/login", UriKind.Relative), post, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.Redirect || cookies.GetCookies(portal)[SignInCookie] is null)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)answer.StatusCode} without a {SignInCookie} cookie.");
        }

        // On to the page the login sends the browser to (the practice picker, or the only practice's dashboard), keeping
        // the cookies it re-issues: with the practices the header shows, as a browser's cookie carries them from then on.
        var next = answer.Headers.Location;
        for (var hop = 0; next is not null && hop < MaxRedirects; hop++)
        {
            using var page = await client.GetAsync(next, cancellationToken);
            next = page.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found ? page.Headers.Location : null;
        }

        return cookies.GetCookieHeader(portal);
    }

    [GeneratedRegex("""name="__csrf" value="(?<token>[^"]+)""")]
    private static partial Regex CsrfField();
}
