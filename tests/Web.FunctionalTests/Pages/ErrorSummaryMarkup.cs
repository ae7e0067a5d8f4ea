using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>Reads the error summary (<c>_ErrorSummary.cshtml</c>) of a refused form as a test of its markup.</summary>
internal static partial class ErrorSummaryMarkup
{
    private const string Opening = "<div class=\"form-error error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">";

    // A heading, so heading navigation finds the summary, and the name of its region.
    private const string Title = "<h2 id=\"error-summary-title\">Please correct the following:</h2>";

    /// <summary>
    /// The summary's messages as (link target, text) of the form that posts to <paramref name="action"/>, after checking
    /// that the summary is titled by its heading, comes before the form's first field and that every link names an element
    /// of the page.
    /// </summary>
    public static IReadOnlyList<(string Target, string Message)> Links(string html, string action)
    {
        var start = html.IndexOf("action=\"" + WebUtility.HtmlEncode(action) + "\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "No form posts to " + action);
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var summaryAt = form.IndexOf(Opening, StringComparison.Ordinal);
        Assert.True(summaryAt >= 0, "The form that posts to " + action + " has no error summary");
        var firstField = FirstField().Match(form);
        Assert.True(!firstField.Success || summaryAt < firstField.Index, "The error summary comes after a field");
        Assert.Equal(1, Regex.Count(html, Regex.Escape(Opening)));
        Assert.StartsWith(Title, form[(summaryAt + Opening.Length)..].TrimStart(), StringComparison.Ordinal);

        var summary = form[summaryAt..form.IndexOf("</div>", summaryAt, StringComparison.Ordinal)];
        var links = Link().Matches(summary).Select(match => (match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value))).ToArray();
        Assert.All(links, link => Assert.Contains(" id=\"" + link.Item1 + "\"", html, StringComparison.Ordinal));
        return links;
    }

    [GeneratedRegex("<div class=\"field|<fieldset")]
    private static partial Regex FirstField();

    [GeneratedRegex("<li><a href=\"#([^\"]+)\">([^<]*)</a></li>")]
    private static partial Regex Link();
}
