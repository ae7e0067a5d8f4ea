using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Testing.Support;

/// <summary>
/// Portal's forms filled in over HTTP the way a browser does. Every form carries a CSRF token bound to that form's purpose
/// and to the nonce cookie the page came with, so a post takes the token of the very form it submits, fetched with the
/// same client.
/// </summary>
public static class PortalForms
{
    public const string CsrfField = "__csrf";
    public const string LoginPath = "/login";

    /// <summary>The CSRF token of the form in <paramref name="html"/> that posts to <paramref name="action"/> (not, say, the layout's sign-out form).</summary>
    public static string CsrfToken(string html, string action) =>
        FindCsrfToken(html, action) ?? throw new InvalidOperationException($"The page has no form posting to {action} with a CSRF field.");

    /// <summary>Loads <paramref name="formPage"/> and returns the CSRF token of its form that posts to <paramref name="action"/>.</summary>
    public static async Task<string> CsrfTokenAsync(HttpClient browser, Uri formPage, string action)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var page = await browser.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        return FindCsrfToken(html, action) ?? throw new InvalidOperationException(
            $"{formPage} answered {(int)page.StatusCode} without a form posting to {action} with a CSRF field:{Environment.NewLine}{html}");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, Uri action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(action, content);
    }

    /// <summary>
    /// Loads <paramref name="formPage"/>, then posts <paramref name="fields"/> with the CSRF token of its form to
    /// <paramref name="action"/> (a path, on the form page's host when that address is absolute).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient browser, Uri formPage, string action, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(formPage);
        var token = await CsrfTokenAsync(browser, formPage, action);
        var target = formPage.IsAbsoluteUri ? new Uri(formPage, action) : new Uri(action, UriKind.Relative);
        return await PostFormAsync(browser, target, [new(CsrfField, token), .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);
    }

    /// <summary>
    /// Signs in through the login form of <paramref name="portal"/>, or of the client's base address when none is given,
    /// and returns Portal's answer: a redirect when the credentials were accepted.
    /// </summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, Uri? portal = null) =>
        SubmitAsync(
            browser,
            portal is null ? new Uri(LoginPath, UriKind.Relative) : new Uri(portal, LoginPath),
            LoginPath,
            ("Email", email),
            ("Password", password));

    private static string? FindCsrfToken(string html, string action)
    {
        var form = Regex.Match(
            html,
            "<form[^>]*action=\"" + Regex.Escape(action) + "\"[^>]*>\\s*<input type=\"hidden\" name=\"" + CsrfField + "\" value=\"([^\"]*)\"");
        return form.Success ? WebUtility.HtmlDecode(form.Groups[1].Value) : null;
    }
}
