using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.FunctionalTests;

/// <summary>An HttpClient with the few things a test does with pages: read HTML, find a form's CSRF token, post a form.</summary>
internal sealed class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> GetAsync(string url) => await Client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<(HttpResponseMessage Response, string Html)> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Loads the page with the form, then posts the fields with the form's CSRF token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string action, params (string Name, string Value)[] fields)
    {
        var (_, html) = await GetPageAsync(formPage);
        var token = CsrfToken(html, action);
        return await PostFormAsync(action, [new("__csrf", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    /// <summary>Signs in through the login form; the answer carries the sign-in cookies.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email = Samples.AdaEmail, string password = Samples.AdaPassword)
    {
        var response = await SubmitAsync("/login", "/login", ("Email", email), ("Password", password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    /// <summary>The CSRF token of the form that posts to <paramref name="action"/>.</summary>
    public static string CsrfToken(string html, string action)
    {
        var form = new Regex("<form[^>]*action=\"" + Regex.Escape(action) + "\"[^>]*>\\s*<input type=\"hidden\" name=\"__csrf\" value=\"([^\"]*)\"");
        var match = form.Match(html);
        Assert.True(match.Success, $"The page has no form posting to {action} with a CSRF field.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Client.Dispose();
}
