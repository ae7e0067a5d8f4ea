using System.Net;
using Portal.Domain.Tickets;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The list pages read their query themselves instead of through model binding: names in any case, the first of
/// repeated values, a blank value as none, and a page that is not a number as the first, as binding read them.
/// </summary>
public sealed class ListQueryTests
{
    [Theory]
    [InlineData("?SEARCH=ada&PAGE=2", "ada", 2)]
    [InlineData("?search=ada&search=grace", "ada", 1)]
    [InlineData("?search=%20%20&page=", null, 1)]
    [InlineData("?page=two", null, 1)]
    [InlineData("?page=-3", null, 1)]
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
