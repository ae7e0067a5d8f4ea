using System.Globalization;
using System.Net;
using Portal.Domain.Claims;
using Portal.Domain.Insurance;
using Portal.Domain.Common;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The services send a patient's insurance, claims and visits whole: the patient's page shows at most a page of each
/// (newest first where they are by time), says which of how many, and pages each section on its own by its own query
/// parameter, as a list pages (a page that is not a number is the first, one past the end, or too large for a page number,
/// is sent to the last).
/// </summary>
public sealed class PatientSectionPagingTests
{
    private const string PatientPage = "/t/tenant-1/patients/pat-1";

    [Fact]
    public async Task Three_thousand_claims_show_the_twenty_newest_and_say_so_with_a_pager_to_the_rest()
    {
        using var app = WithManyRecords();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(PatientPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, html.Occurrences("href=\"/t/tenant-1/claims/"));
        Assert.Contains("href=\"/t/tenant-1/claims/clm-0000?patient=pat-1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/claims/clm-0019?patient=pat-1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("clm-0020", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\" id=\"claims-count\">Showing the 20 newest of 3,000 claims.</p>", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"claims-heading\" aria-describedby=\"claims-count\"", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages of claims\">", html, StringComparison.Ordinal);
        Assert.Contains("<span>Page 1 of 150</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients/pat-1?claimsPage=2#claims-heading\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("Showing the 20 newest of 47 visits.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients/pat-1?visitsPage=2#encounters-heading\" rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_section_pages_on_its_own_and_its_links_keep_the_pages_the_others_show()
    {
        using var app = WithManyRecords();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(PatientPage + "?claimsPage=3&visitsPage=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/t/tenant-1/claims/clm-0040?patient=pat-1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/claims/clm-0059?patient=pat-1\"", html, StringComparison.Ordinal);
        Assert.Equal(20, html.Occurrences("href=\"/t/tenant-1/claims/"));
        Assert.Contains("Showing claims 41–60 of 3,000, newest first.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients/pat-1?visitsPage=3&amp;claimsPage=2#claims-heading\" rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients/pat-1?visitsPage=3&amp;claimsPage=4#claims-heading\" rel=\"next\"", html, StringComparison.Ordinal);

        // The last page of visits holds the seven oldest: its line counts them, and it has no next page.
        Assert.Contains("Showing visits 41–47 of 47, newest first.", html, StringComparison.Ordinal);
        Assert.Equal(7, html.Occurrences("<tr data-encounter-id="));
        Assert.Contains("href=\"/t/tenant-1/patients/pat-1?claimsPage=3&amp;visitsPage=2#encounters-heading\" rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("visitsPage=4", html, StringComparison.Ordinal);
    }

    /// <summary>One policy, and exactly a page of them.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public async Task A_section_that_fits_says_nothing_more_and_has_no_pager(int count)
    {
        using var app = WithManyRecords();
        app.Policies.ListAnswer = _ => Task.FromResult(Policies(count));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(PatientPage);

        Assert.Equal(count, html.Occurrences("<td>POL-"));
        Assert.Contains($"<td>POL-{count:00}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("policies-count", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pages of insurance policies", html, StringComparison.Ordinal);
        Assert.DoesNotContain("policiesPage", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_without_rows_says_so_as_before_with_no_count_line_or_pager()
    {
        using var app = WithManyRecords();
        app.Policies.ListAnswer = _ => Task.FromResult(Policies(0));
        app.Claims.ListAnswer = _ => Task.FromResult<IReadOnlyList<Claim>>([]);
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(PatientPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p>No insurance on file.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>No claims.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("policies-count", html, StringComparison.Ordinal);
        Assert.DoesNotContain("claims-count", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pages of insurance policies", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pages of claims", html, StringComparison.Ordinal);
    }

    /// <summary>A section without rows has one page, empty: a page past it is sent there, the others' pages kept.</summary>
    [Fact]
    public async Task A_page_past_the_end_of_a_section_without_rows_is_sent_to_its_only_page()
    {
        using var app = WithManyRecords();
        app.Claims.ListAnswer = _ => Task.FromResult<IReadOnlyList<Claim>>([]);
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync(PatientPage + "?claimsPage=2&visitsPage=2");
        var (shown, html) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PatientPage + "?visitsPage=2&claimsPage=1#claims-heading", response.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("<p>No claims.</p>", html, StringComparison.Ordinal);
    }

    /// <summary>A section's page number too large for one is past its end, as in a list: sent to its last page, not read as the first.</summary>
    [Theory]
    [InlineData("?claimsPage=99999999999", "?claimsPage=150#claims-heading")]
    [InlineData("?visitsPage=2&claimsPage=2147483648", "?visitsPage=2&claimsPage=150#claims-heading")]
    public async Task A_section_page_number_too_large_for_one_is_sent_to_its_last_page(string asked, string lastPage)
    {
        using var app = WithManyRecords();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync(PatientPage + asked);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PatientPage + lastPage, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Insurance_policies_by_coverage_are_counted_without_calling_the_first_the_newest()
    {
        using var app = WithManyRecords();
        app.Policies.ListAnswer = _ => Task.FromResult(Policies(25));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(PatientPage);

        Assert.Contains("Showing insurance policies 1–20 of 25, primary first.", html, StringComparison.Ordinal);
        Assert.Contains("POL-20", html, StringComparison.Ordinal);
        Assert.DoesNotContain("POL-21", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients/pat-1?policiesPage=2#policies-heading\" rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?claimsPage=two")]
    [InlineData("?claimsPage=-3")]
    [InlineData("?claimsPage=0")]
    [InlineData("?claimsPage=")]
    public async Task A_page_that_is_not_a_page_number_is_the_first_as_in_every_list(string query)
    {
        using var app = WithManyRecords();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(PatientPage + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Showing the 20 newest of 3,000 claims.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/claims/clm-0000?patient=pat-1\"", html, StringComparison.Ordinal);
    }

    /// <summary>Two sections asked past their ends are both brought back by the one redirect.</summary>
    [Theory]
    [InlineData("?claimsPage=999&visitsPage=2", "?visitsPage=2&claimsPage=150#claims-heading")]
    [InlineData("?visitsPage=4&claimsPage=7", "?claimsPage=7&visitsPage=3#encounters-heading")]
    [InlineData("?policiesPage=2", "?policiesPage=1#policies-heading")]
    [InlineData("?claimsPage=999&visitsPage=9", "?visitsPage=3&claimsPage=150#claims-heading")]
    [InlineData("?visitsPage=4&added=true&extra=1", "?added=true&visitsPage=3#encounters-heading")]
    public async Task A_page_past_a_sections_end_is_sent_to_its_last_page_keeping_the_others(string query, string lastPage)
    {
        using var app = WithManyRecords();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync(PatientPage + query);
        var shown = await browser.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PatientPage + lastPage, response.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Fact]
    public async Task A_last_page_of_one_visit_names_that_one_visit()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));

        // Beside the two the clinic's pat-1 always has, 19 older ones: the 21st is alone on the second page.
        AddOlderVisits(app, 19);

        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(PatientPage + "?visitsPage=2");

        Assert.Equal(1, html.Occurrences("<tr data-encounter-id="));
        Assert.Contains("<p class=\"muted\" id=\"encounters-count\">Showing visit 21 of 21, newest first.</p>", html, StringComparison.Ordinal);
    }

    /// <summary><paramref name="count"/> policies, POL-01 the primary.</summary>
    private static IReadOnlyList<InsurancePolicy> Policies(int count) =>
        [
            .. Enumerable.Range(1, count).Select(order => new InsurancePolicy(
                order, "Acme Health", "PPO", $"POL-{order:00}", "GRP-1", "Ada Lovelace", "self", null, null, null, null, VerificationStatus.Verified)),
        ];

    /// <summary>pat-1 has one insurance policy, 3,000 claims (clm-0000 the newest) and 47 visits.</summary>
    private static PortalApp WithManyRecords()
    {
        var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        IReadOnlyList<Claim> claims =
        [
            .. Enumerable.Range(0, 3_000).Select(i =>
            {
                var id = "clm-" + i.ToString("0000", CultureInfo.InvariantCulture);
                var summary = new ClaimSummary(
                    new ClaimId(id), id.ToUpperInvariant(), ClaimStatus.Pending, new DateOnly(2026, 3, 1).AddDays(-i),
                    PracticeMoney.FromCents(10_000), PracticeMoney.FromCents(0), "Acme Health");
                return new Claim(summary, []);
            }),
        ];
        app.Claims.ListAnswer = _ => Task.FromResult(claims);

        // Beside the two the clinic's pat-1 always has (the newest), 45 older ones.
        AddOlderVisits(app, 45);

        return app;
    }

    /// <summary>Visits of pat-1 older than the clinic's two, one a day back from <see cref="Samples.At"/>.</summary>
    private static void AddOlderVisits(PortalApp app, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            app.Encounters.Add(Samples.Encounter("enc-old-" + i.ToString("00", CultureInfo.InvariantCulture), date: Samples.At.AddDays(-i)));
        }
    }
}
