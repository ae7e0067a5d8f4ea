using System.Net;
using Portal.Testing.Support;

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

    public Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        PortalForms.PostFormAsync(Client, new Uri(url, UriKind.Relative), fields);

    /// <summary>Loads the page with the form, then posts the fields with the form's CSRF token.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string formPage, string action, params (string Name, string Value)[] fields) =>
        PortalForms.SubmitAsync(Client, new Uri(formPage, UriKind.Relative), action, fields);

    /// <summary>Signs in through the login form; the answer carries the sign-in cookies.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email = Samples.AdaEmail, string password = Samples.AdaPassword)
    {
        var response = await PortalForms.SignInAsync(Client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    /// <summary>The CSRF token of the form that posts to <paramref name="action"/>.</summary>
    public static string CsrfToken(string html, string action) => PortalForms.CsrfToken(html, action);

    public void Dispose() => Client.Dispose();
}
