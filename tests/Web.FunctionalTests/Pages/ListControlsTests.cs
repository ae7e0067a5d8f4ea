using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Portal.Web.Pages;
using Portal.Web.Pages.Shared;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The list controls write HTML from C# instead of Razor: every value in them is encoded as Razor encoded it, a hostile
/// path, filter value, label or class included.
/// </summary>
public sealed class ListControlsTests
{
    private const string HostilePath = "/t/a\"b<c>&'d";

    /// <summary>Portal's encoder (<c>AddWebEncoders</c> with every Unicode range): the sort marks are written as they are.</summary>
    private static readonly HtmlEncoder PortalEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly Pager Hostile = new(
        HostilePath, 2, 3, new Dictionary<string, string?> { ["q"] = "\"<&' +", ["blank"] = " " }, "name", "asc");

    [Fact]
    public void The_sort_header_encodes_its_label_class_and_link()
    {
        var html = Render(ListControls.SortHeader(new SortedList(Hostile), "name", "<b>\"Tom & Jerry's\"", "x\"y"));

        Assert.Equal(
            "<th scope=\"col\" class=\"x&quot;y\" aria-sort=\"ascending\"><a class=\"sort-link\" href=\"/t/a&quot;b&lt;c&gt;&amp;&#x27;d?q=%22%3C%26%27%20%2B&amp;sort=name&amp;dir=desc&amp;page=2\">&lt;b&gt;&quot;Tom &amp; Jerry&#x27;s&quot;<span aria-hidden=\"true\" class=\"sort-mark\"> ▲</span></a></th>\n",
            html);
    }

    [Fact]
    public void A_header_without_class_or_sort_leaves_both_attributes_out()
    {
        var html = Render(ListControls.SortHeader(new SortedList(Hostile), "born", "Born"));

        Assert.StartsWith("<th scope=\"col\"><a class=\"sort-link\" href=", html, StringComparison.Ordinal);
        Assert.EndsWith("<span aria-hidden=\"true\" class=\"sort-mark\"> ↕</span></a></th>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pager_encodes_its_links_and_a_redirect_gets_the_address_unencoded()
    {
        var html = Render(ListControls.Pager(Hostile));

        const string Query = "?q=%22%3C%26%27%20%2B&amp;sort=name&amp;dir=asc&amp;page=";
        Assert.Equal(
            "    <nav class=\"pager\" aria-label=\"Pages\">\n" +
            $"            <a href=\"/t/a&quot;b&lt;c&gt;&amp;&#x27;d{Query}1\" rel=\"prev\">Previous</a>\n" +
            "        <span>Page 2 of 3</span>\n" +
            $"            <a href=\"/t/a&quot;b&lt;c&gt;&amp;&#x27;d{Query}3\" rel=\"next\">Next</a>\n" +
            "    </nav>\n",
            html);
        Assert.Equal(HostilePath + "?q=%22%3C%26%27%20%2B&sort=name&dir=asc&page=3", Hostile.UrlFor(3));
    }

    [Fact]
    public void A_sections_pager_names_its_landmark_and_page_parameter_and_leads_back_to_the_section()
    {
        var pager = new Pager(HostilePath, 1, 2, new Dictionary<string, string?> { ["visitsPage"] = "3", ["policiesPage"] = null })
        {
            PageParameter = "claimsPage",
            Fragment = "claims \"heading\"",
            Label = "Pages of <claims> & \"co\"",
        };

        var html = Render(ListControls.Pager(pager));

        Assert.StartsWith("    <nav class=\"pager\" aria-label=\"Pages of &lt;claims&gt; &amp; &quot;co&quot;\">\n", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/t/a&quot;b&lt;c&gt;&amp;&#x27;d?visitsPage=3&amp;claimsPage=2#claims%20%22heading%22\" rel=\"next\">", html, StringComparison.Ordinal);
        Assert.Equal(HostilePath + "?visitsPage=3&claimsPage=2#claims%20%22heading%22", pager.UrlFor(2));
        Assert.Equal(pager.UrlFor(1), pager.WithSort("date", "desc").UrlFor(1).Replace("&sort=date&dir=desc", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_one_page_has_no_pager()
    {
        Assert.Equal(string.Empty, Render(ListControls.Pager(new Pager("/t/a/patients", 1, 1, new Dictionary<string, string?>()))));
        Assert.Equal(string.Empty, Render(ListControls.Pager(null)));
    }

    [Fact]
    public void The_filter_encodes_its_name_label_codes_and_message()
    {
        var page = new RefusedFilterPage();
        page.ModelState.AddModelError("Field", "refused");

        var html = Render(ListControls.Filter(page, "a\"b", "Field", "<L&'>", ["x\"<y", "plain"], " X\"<Y "));

        Assert.StartsWith("<div class=\"filter\">\n    <label for=\"a&quot;b\">&lt;L&amp;&#x27;&gt;</label>\n", html, StringComparison.Ordinal);
        Assert.Contains("<select id=\"a&quot;b\" name=\"a&quot;b\" aria-describedby=\"a&quot;b-error\" aria-invalid=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"x&quot;&lt;y\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"plain\">Plain</option>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"a&quot;b-error\">That &lt;l&amp;&#x27;&gt; is not one Portal knows.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<y", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n", html, StringComparison.Ordinal);
    }

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, PortalEncoder);
        return writer.ToString();
    }

    /// <summary>A list sorted ascending by "name": its header flips to descending.</summary>
    private sealed class SortedList(Pager pager) : ISortableList
    {
        public Pager SortedBy(string column) => pager.WithSort(column, column == "name" ? "desc" : "asc");

        public string? AriaSort(string column) => column == "name" ? "ascending" : null;
    }

    /// <summary>A page whose filter value was refused.</summary>
    private sealed class RefusedFilterPage : FormPageModel;
}
