using System.Net;
using Portal.Domain.Common;
using Portal.Web.Formatting;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>Every list says it is empty in the same words: "No invoices." unfiltered, "No invoices match these filters." filtered.</summary>
public sealed class EmptyListTests
{
    [Theory]
    [InlineData("/t/tenant-1/billing/invoices?status=paid", "invoices")]
    [InlineData("/t/tenant-1/billing/documents?search=NO-SUCH-DOCUMENT", "documents")]
    [InlineData("/t/tenant-1/services?status=pending", "services")]
    [InlineData("/t/tenant-1/tickets?priority=urgent", "tickets")]
    [InlineData("/t/tenant-1/patients?search=nobody-by-this-name", "patients")]
    public async Task A_filtered_list_without_rows_says_none_match_its_filters(string path, string plural)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<p>No {plural} match these filters.</p>", html, StringComparison.Ordinal);
    }

    /// <summary>"all" is both types, as no type is: the list's links (its sort headers) leave it out as they leave out no filter.</summary>
    [Fact]
    public async Task Documents_of_all_types_are_no_filter()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents?type=all");

        Assert.Contains("href=\"/t/tenant-1/billing/documents?sort=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=all", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_search_is_no_filter()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-2/patients?search=%20");

        Assert.Contains("<p>No patients.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_without_rows_and_without_filters_says_none_in_one_word_for_every_list()
    {
        var empty = new Page<string>([], 1, 25, 0);

        Assert.Equal("No invoices.", Display.EmptyPage(empty, "invoices"));
        Assert.Equal("No proformas.", Display.NoRows("proformas", filtered: false));
        Assert.Equal("No services match these filters.", Display.EmptyPage(empty, "services", filtered: true));
    }
}
