using System.Net;
using System.Text.RegularExpressions;

namespace Portal.LoadRun.Hosting;

/// <summary>Signs in through Portal's login form as a browser does: GET /login for the form's CSRF token, POST it back.</summary>
internal static partial class PortalLogin
{
    public const string SignInCookie = "portal_auth";

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

        return cookies.GetCookieHeader(portal);
    }

    [GeneratedRegex("""name="__csrf" value="(?<token>[^"]+)""")]
    private static partial Regex CsrfField();
}
