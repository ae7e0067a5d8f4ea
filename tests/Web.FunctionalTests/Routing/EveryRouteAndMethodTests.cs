using System.Net;

namespace Portal.Web.FunctionalTests.Routing;

/// <summary>
/// Every route of the app with every method, signed in and signed out: never a 500 or an error in the log, and a method
/// the route does not handle is 405 with an <c>Allow</c> header naming the methods it does.
/// </summary>
public sealed class EveryRouteAndMethodTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_route_answers_every_method_without_a_server_error_and_405_with_Allow_where_unsupported(bool signedIn)
    {
        using var app = new PortalApp();
        using var browser = signedIn ? await app.SignedInBrowser() : app.Browser();
        var problems = new List<string>();

        foreach (var route in AppRoute.All(app))
        {
            foreach (var method in AppRoute.EveryMethod)
            {
                using var response = await SendAsync(browser.Client, method, route.Url());
                var status = (int)response.StatusCode;
                var where = $"{method} {route.Url()} ({route}) answered {status}";
                if (status >= 500)
                {
                    problems.Add(where);
                }

                if (!route.Accepts(method))
                {
                    var allowed = AllowedMethods(response);
                    if (response.StatusCode != HttpStatusCode.MethodNotAllowed || !allowed.SetEquals(route.Methods))
                    {
                        problems.Add($"{where} with Allow '{string.Join(", ", allowed)}'; expected 405 with Allow '{string.Join(", ", route.Methods)}'");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Empty(app.Logs.Errors);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_handler_name_no_page_has_never_renders_a_page_without_its_handler(bool signedIn)
    {
        using var app = new PortalApp();
        using var browser = signedIn ? await app.SignedInBrowser() : app.Browser();
        var problems = new List<string>();

        foreach (var route in AppRoute.All(app).Where(r => r.IsPage))
        {
            foreach (var method in AppRoute.EveryMethod.Where(route.Accepts))
            {
                using var response = await SendAsync(browser.Client, method, route.Url() + "?handler=unknown");
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{method} {route.Url()}?handler=unknown answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Empty(app.Logs.Errors);
    }

    /// <summary>
    /// HTTP asks that whatever answers GET answers HEAD too (a link checker or a download manager asks HEAD first). The
    /// live stream is left out: it answers only its EventSource, and a HEAD would hold a stream open that sends nothing.
    /// </summary>
    [Fact]
    public void Every_route_that_answers_GET_answers_HEAD_too_except_the_live_stream()
    {
        using var app = new PortalApp();

        var gets = AppRoute.All(app).Where(r => r.Accepts("GET") && r.Pattern != Portal.Web.Live.LiveStreamBranch.Pattern).ToList();

        Assert.Contains(gets, r => r.Pattern.EndsWith("/pdf", StringComparison.Ordinal));
        Assert.All(gets, route => Assert.True(route.Accepts("HEAD"), $"{route} answers GET but not HEAD"));
    }

    /// <summary>Kestrel leaves out a HEAD answer's body; the in-memory server here does not, so only the head is compared.</summary>
    [Theory]
    [InlineData("/t/tenant-1/billing/invoices/INV-2026-0001/pdf", "application/pdf")]
    [InlineData("/t/tenant-1/billing/invoices/INV-2026-0001", "text/html")]
    public async Task A_HEAD_answers_with_the_status_and_type_its_GET_does(string url, string mediaType)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        using var response = await SendAsync(browser.Client, "HEAD", url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(app.Logs.Errors);
    }

    [Fact]
    public async Task A_HEAD_of_a_download_sends_its_headers_without_reading_the_file()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        using var response = await SendAsync(browser.Client, "HEAD", "/t/tenant-1/billing/invoices/INV-2026-0001/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.True(app.Billing.LastPdf?.Disposed);
    }

    [Fact]
    public async Task A_PUT_to_a_page_is_405_with_Allow_and_the_error_page_whether_signed_in_or_not()
    {
        using var app = new PortalApp();
        using var signedIn = await app.SignedInBrowser();
        using var signedOut = app.Browser();

        foreach (var browser in new[] { signedIn, signedOut })
        {
            using var response = await SendAsync(browser.Client, "PUT", "/t/tenant-1/billing");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(["GET", "HEAD"], AllowedMethods(response).Order(StringComparer.Ordinal));
            Assert.Contains("The request was not accepted", html, StringComparison.Ordinal);
        }

        Assert.Empty(app.Logs.Errors);
    }

    /// <summary>Sends one request and waits for the whole answer, except a live stream's, which is only opened.</summary>
    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new FormUrlEncodedContent([KeyValuePair.Create("field", "value")]);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            await response.Content.LoadIntoBufferAsync();
        }

        return response;
    }

    private static HashSet<string> AllowedMethods(HttpResponseMessage response) =>
        response.Content.Headers.Allow
            .Concat(response.Headers.TryGetValues("Allow", out var values) ? values : [])
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
}
