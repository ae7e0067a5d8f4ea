using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.FunctionalTests.Pages.Company;

/// <summary>
/// Posting the company pages' forms as a browser does: the token is read from the form whose action (as written in the
/// page, '&amp;' and all) is given, and the form is posted to the decoded address.
/// </summary>
internal static partial class CompanyForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(Browser browser, string page, string action, params (string Name, string Value)[] fields)
    {
        var (_, html) = await browser.GetPageAsync(page);
        return await PostAsync(browser, Browser.CsrfToken(html, WebUtility.HtmlEncode(action)), action, fields);
    }

    public static Task<HttpResponseMessage> PostAsync(Browser browser, string token, string action, params (string Name, string Value)[] fields) =>
        browser.PostFormAsync(action, [new("__csrf", token), .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);

    /// <summary>The forms on a page, by their actions, decoded.</summary>
    public static IReadOnlyList<string> FormActions(string html) =>
        FormAction().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).ToArray();

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"")]
    private static partial Regex FormAction();
}
