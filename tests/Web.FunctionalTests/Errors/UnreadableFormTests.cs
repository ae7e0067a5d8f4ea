using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Portal.Web.FunctionalTests.Errors;

/// <summary>
/// A body that claims to be a form but cannot be read as one is a 400 that says so, logged as no fault, on every page
/// that reads forms, signed in or not: the login and sign-out posts, a form page's post and its page shown again.
/// </summary>
public sealed class UnreadableFormTests
{
    public static TheoryData<string, string, string> UnreadableBodies => new()
    {
        // A multipart body cut off before its closing boundary: the form reader's IOException.
        { "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"__csrf\"\r\n\r\nabc", "cut-off multipart" },
        { "multipart/form-data; boundary=XYZ", "garbage", "multipart without its boundary" },

        // A charset .NET refuses to decode: the form reader's NotSupportedException.
        { "application/x-www-form-urlencoded; charset=utf-7", "Email=a", "UTF-7" },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task A_body_that_is_no_readable_form_is_a_400_on_the_login_post(string contentType, string body, string kind)
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        await browser.GetPageAsync("/login");

        await AssertRefusedAsync(app, browser, HttpMethod.Post, "/login", contentType, body, kind);
    }

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task A_body_that_is_no_readable_form_is_a_400_on_a_signed_in_form_post(string contentType, string body, string kind)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        await AssertRefusedAsync(app, browser, HttpMethod.Post, "/t/tenant-1/tickets/new", contentType, body, kind);
        await AssertRefusedAsync(app, browser, HttpMethod.Post, "/logout", contentType, body, kind);
    }

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task A_body_that_is_no_readable_form_is_a_400_even_on_a_get(string contentType, string body, string kind)
    {
        using var app = new PortalApp();
        using var signedIn = await app.SignedInBrowser();
        using var signedOut = app.Browser();

        await AssertRefusedAsync(app, signedIn, HttpMethod.Get, "/account/profile", contentType, body, kind);
        await AssertRefusedAsync(app, signedOut, HttpMethod.Get, "/t/tenant-1/team", contentType, body, kind);
    }

    private static async Task AssertRefusedAsync(
        PortalApp app, Browser browser, HttpMethod method, string url, string contentType, string body, string kind)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await browser.Client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind} to {method} {url}: {(int)response.StatusCode}");
        Assert.Contains("The form could not be read", html, StringComparison.Ordinal);
        Assert.Empty(app.Logs.Errors);
    }
}
