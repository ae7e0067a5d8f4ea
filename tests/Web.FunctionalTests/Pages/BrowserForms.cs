using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Pages;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// Posting a page's form as a browser does (the company pages', the profile's): the token and the hidden inputs saying
/// what the form showed are read from the form whose action (as written in the page, '&amp;' and all) is given, and the
/// form is posted to the decoded address.
/// </summary>
internal static partial class BrowserForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(Browser browser, string page, string action, params (string Name, string Value)[] fields)
    {
        var (_, html) = await browser.GetPageAsync(page);
        return await PostAsync(browser, Browser.CsrfToken(html, WebUtility.HtmlEncode(action)), action, [.. ShownFields(html, action), .. fields]);
    }

    /// <summary>
    /// Posts the form of <paramref name="html"/> that posts to <paramref name="action"/> as its reader left it but for
    /// <paramref name="changed"/>: every field with the value its hidden <c>shown.*</c> input says the form showed (not read
    /// from the rendered inputs, selects and radios, which tests check on their own), with those hidden inputs, but a box
    /// it showed unticked, which a browser leaves out.
    /// </summary>
    public static Task<HttpResponseMessage> PostChangedAsync(Browser browser, string html, string action, params (string Name, string Value)[] changed)
    {
        var shown = ShownFields(html, action).ToArray();
        var entered = shown.Select(field => (Name: field.Name["shown.".Length..], field.Value))
            .Select(field => changed.FirstOrDefault(c => c.Name == field.Name) is { Name: not null } typed ? typed : field)
            .Where(field => field.Value != FormPageModel.Flag(false) || changed.Any(c => c.Name == field.Name));
        return PostAsync(browser, Browser.CsrfToken(html, WebUtility.HtmlEncode(action)), action, [.. shown, .. entered]);
    }

    /// <summary>The hidden <c>shown.*</c> inputs of the form that posts to <paramref name="action"/>.</summary>
    public static IEnumerable<(string Name, string Value)> ShownFields(string html, string action)
    {
        var start = html.IndexOf("action=\"" + WebUtility.HtmlEncode(action) + "\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "No form posts to " + action);
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        return ShownInput().Matches(form).Select(match => (WebUtility.HtmlDecode(match.Groups[1].Value), WebUtility.HtmlDecode(match.Groups[2].Value)));
    }

    public static Task<HttpResponseMessage> PostAsync(Browser browser, string token, string action, params (string Name, string Value)[] fields) =>
        browser.PostFormAsync(action, [new("__csrf", token), .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);

    /// <summary>The forms on a page, by their actions, decoded.</summary>
    public static IReadOnlyList<string> FormActions(string html) =>
        FormAction().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).ToArray();

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"(shown\\.[^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex ShownInput();
}
