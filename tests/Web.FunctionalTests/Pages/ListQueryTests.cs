using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The list pages read their query themselves instead of through model binding: names in any case, the first of
/// repeated values, a blank value as none, a page that is not a number as the first, as binding read them, and one too
/// large for a page number as past the end.
/// </summary>
public sealed partial class ListQueryTests
{
    [Theory]
    [InlineData("?SEARCH=ada&PAGE=2", "ada", 2)]
    [InlineData("?search=ada&search=grace", "ada", 1)]
    [InlineData("?search=%20%20&page=", null, 1)]
    [InlineData("?page=two", null, 1)]
    [InlineData("?page=-3", null, 1)]
    [InlineData("?page=-99999999999", null, 1)]
    [InlineData("?page=2.5", null, 1)]
    [InlineData("?page=%202%20", null, 2)]
    public async Task The_patient_list_reads_its_search_and_page_from_the_query(string query, string? search, int page)
    {
        using var app = WithTwoPagesOfPatients();

        using var browser = await app.SignedInBrowser();

        var (response, _) = await browser.GetPageAsync("/t/tenant-1/patients" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(search, app.Patients.LastSearch);
        Assert.Equal(page, app.Patients.LastPage?.Number);
    }

    /// <summary>
    /// A page number too large for one asks for a page past the end, as a large one does: the list sends it to its last
    /// page, its filters kept, rather than reading it as the first.
    /// </summary>
    [Theory]
    [InlineData("patients?page=500", "patients?page=2")]
    [InlineData("patients?page=2147483648", "patients?page=2")]
    [InlineData("patients?search=ada&page=99999999999", "patients?search=ada&page=2")]
    [InlineData("patients?page=%2B99999999999%20", "patients?page=2")]
    [InlineData("patients?page=123456789012345678901234567890", "patients?page=2")]
    [InlineData("billing/invoices?status=overdue&page=99999999999", "billing/invoices?status=overdue&page=1")]
    public async Task A_page_number_too_large_for_one_is_past_the_end_and_sent_to_the_last_page(string asked, string lastPage)
    {
        using var app = WithTwoPagesOfPatients();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/" + asked);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/tenant-1/" + lastPage, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_sort_named_in_any_case_is_the_columns_own_name_in_the_pages_links()
    {
        using var app = WithTwoPagesOfPatients();

        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients?Sort=NAME&Dir=DESC");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/t/tenant-1/patients?sort=name&amp;dir=desc&amp;page=2\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"descending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_reach_the_backend_as_given_and_blank_ones_as_none()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (tickets, _) = await browser.GetPageAsync("/t/tenant-1/tickets?status=open&priority=%20&search=%20printer%20");

        Assert.Equal(HttpStatusCode.OK, tickets.StatusCode);
        Assert.Equal(new TicketFilter(TicketStatus.Open, null, "printer"), app.Support.LastFilter);
    }

    /// <summary>
    /// A list the Platform gave no total of says no count, sorted or not, rather than counting the rows of the page shown
    /// as the whole list, whether or not it gave its page count; one it counts says its count.
    /// </summary>
    [Theory]
    [InlineData("services", ListCounted.Nothing)]
    [InlineData("services?sort=name", ListCounted.Nothing)]
    [InlineData("tickets", ListCounted.Nothing)]
    [InlineData("tickets?sort=title&dir=desc", ListCounted.Nothing)]
    [InlineData("services", ListCounted.PagesOnly)]
    [InlineData("tickets", ListCounted.PagesOnly)]
    [InlineData("services", ListCounted.Rows)]
    [InlineData("tickets?sort=title", ListCounted.Rows)]
    public async Task A_list_whose_total_is_unknown_shows_no_count(string list, ListCounted counted)
    {
        using var app = new PortalApp();
        app.Catalog.Counted = counted;
        app.Support.Counted = counted;
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/" + list);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(counted == ListCounted.Rows, CountLine().IsMatch(html));
    }

    /// <summary>
    /// A list the Platform gave its page count of but no total says of how many pages its pager counts, as a counted one
    /// does, and still no count: the pages are the Platform's, not a guess.
    /// </summary>
    [Fact]
    public async Task A_list_whose_total_is_unknown_but_whose_pages_are_given_says_of_how_many_pages()
    {
        using var app = new PortalApp();
        app.Catalog.Counted = ListCounted.PagesOnly;
        for (var i = 3; i <= (4 * PageRequest.DefaultSize) + 1; i++)
        {
            app.Catalog.Add(Samples.Service("svc-" + i));
        }

        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/services?page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span>Page 2 of 5</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/services?page=3\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(CountLine(), html);
    }

    /// <summary>
    /// A list the Platform gave no total of, whose first page came back full, goes on to a next page (not redirected back
    /// as beyond the last) and its pager names the page without a page count it does not know; an empty page past it says
    /// it has none, not that the list has none.
    /// </summary>
    [Fact]
    public async Task A_list_whose_total_is_unknown_pages_on_without_saying_of_how_many_pages()
    {
        using var app = new PortalApp();
        app.Catalog.Counted = ListCounted.Nothing;
        for (var i = 3; i <= PageRequest.DefaultSize; i++)
        {
            app.Catalog.Add(Samples.Service("svc-" + i));
        }

        using var browser = await app.SignedInBrowser();

        var (first, firstHtml) = await browser.GetPageAsync("/t/tenant-1/services");
        var (second, secondHtml) = await browser.GetPageAsync("/t/tenant-1/services?page=2");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Contains("<span>Page 1</span>", firstHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/services?page=2\" rel=\"next\"", firstHtml, StringComparison.Ordinal);
        Assert.Contains("<span>Page 2</span>", secondHtml, StringComparison.Ordinal);
        // The list has rows, only none past them: the page says so of itself, not of the list.
        Assert.Contains("<p>No services on this page.</p>", secondHtml, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"muted\">[0-9,]+ (service|ticket)s?</p>")]
    private static partial Regex CountLine();

    private static PortalApp WithTwoPagesOfPatients()
    {
        var app = new PortalApp();
        for (var i = 0; i < 30; i++)
        {
            app.Patients.Add(Samples.Patient("pat-" + i, "Ada", "Number" + (char)('a' + (i % 26))));
        }

        return app;
    }
}
