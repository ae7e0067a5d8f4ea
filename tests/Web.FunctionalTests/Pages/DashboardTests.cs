using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Dashboard;
using Portal.Domain.Patients;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class DashboardTests
{
    [Fact]
    public async Task Every_card_shows_its_source()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-live-stat=\"patients-total\">10<", html, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper was registered.", html, StringComparison.Ordinal);
        Assert.Contains("Insurance expiring", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;242.00", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;59.97", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unavailable right now", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 5)]
    [InlineData("?activity=all", 7)]
    [InlineData("?Activity=ALL", 7)]
    [InlineData("?activity=some", 5)]
    [InlineData("?activity=some&activity=all", 5)]
    public async Task The_activity_card_shows_the_latest_five_unless_the_address_asks_for_all(string query, int shown)
    {
        using var app = new PortalApp();
        app.Dashboard.RecentActivity = [.. Enumerable.Range(1, 7).Select(i => new Activity($"act-{i}", "patient_created", $"Event number {i}.", Samples.At, "Dr. Smith"))];
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(shown, Enumerable.Range(1, 7).Count(i => html.Contains($"Event number {i}.", StringComparison.Ordinal)));
        Assert.Equal(shown < 7, html.Contains("?activity=all#card-activity\">Show all 7 recent events</a>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_busy_platform_area_says_on_its_card_when_to_try_again()
    {
        using var app = new PortalApp();
        app.Billing.Failure = new BackendBusyException("billing", TimeSpan.FromSeconds(42));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Contains("The billing part is busy; try again in 42 s.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The billing part is unavailable right now.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claimed_total_the_backend_could_not_state_is_a_dash_and_the_rest_of_the_card_shows()
    {
        using var app = new PortalApp();
        app.Dashboard.Stats = new DashboardStats(
            new PatientCounts(10, 2, 8), new ClaimCounts(5, 1, 3, 1, null), new EncounterCounts(1, 4, 12), new InsuranceCounts(7, 2, 1));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-live-stat=\"claims-amount\">—<", html, StringComparison.Ordinal);
        Assert.Contains("data-live-stat=\"claims-total\">5<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unavailable right now", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_the_backend_did_not_give_are_dashes_and_every_count_it_gives_is_shown()
    {
        using var app = new PortalApp();
        app.Dashboard.Stats = new DashboardStats(
            new PatientCounts(10, null, 8), new ClaimCounts(5, 1, 3, 1, null), new EncounterCounts(1, 4, 12), new InsuranceCounts(7, 2, 1));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Contains("data-live-stat=\"patients-new\">—<", html, StringComparison.Ordinal);
        Assert.Contains("<dt>This month</dt><dd data-live-stat=\"encounters-month\">12<", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Insurance expired</dt><dd data-live-stat=\"insurance-expired\">1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_is_down_marks_its_own_card_unavailable_and_the_others_still_show()
    {
        using var app = new PortalApp();
        app.Billing.Failure = new BackendUnavailableException("billing", "timeout");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The billing part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("data-live-stat=\"patients-total\">10<", html, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper was registered.", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;59.97", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_practice_backend_down_marks_its_three_cards_and_the_platform_cards_still_show()
    {
        using var app = new PortalApp();
        app.Dashboard.Failure = new BackendUnavailableException("dashboard", "no responders");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The practice statistics part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("The recent activity part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("The alerts part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;242.00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alert_links_to_the_claim_or_patient_it_names_and_stays_plain_text_otherwise()
    {
        using var app = new PortalApp();
        app.Dashboard.Alerts =
        [
            new("alert-claim", AlertSeverity.Error, "Claim CLM-7 was denied", "Resubmit it.", Samples.At, new PatientId("pat-1"), new ClaimId("clm-7")),
            new("alert-patient", AlertSeverity.Warning, "Coverage expired", "Ask for a new card.", Samples.At, new PatientId("pat-2")),
            new("alert-plain", AlertSeverity.Info, "Verifications pending", "Three policies.", Samples.At),
        ];
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"/t/tenant-1/claims/clm-7?patient=pat-1\"><strong>Claim CLM-7 was denied</strong></a> Resubmit it.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/t/tenant-1/patients/pat-2\"><strong>Coverage expired</strong></a> Ask for a new card.", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Verifications pending</strong> Three policies.", html, StringComparison.Ordinal);
        Assert.Matches("Three policies\\.\\s*<span class=\"muted\"> · <time datetime=\"2026-11-01T09:00:00Z\"", html);
        Assert.DoesNotContain("><strong>Verifications pending", html, StringComparison.Ordinal);
    }
}
