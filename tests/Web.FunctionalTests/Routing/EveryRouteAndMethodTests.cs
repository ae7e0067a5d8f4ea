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
