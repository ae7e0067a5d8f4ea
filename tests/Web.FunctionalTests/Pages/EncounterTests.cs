using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Tenants;
using Portal.Testing.Fakes;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>A patient's visits on the patient's page, and the page of one visit.</summary>
public sealed class EncounterTests
{
    [Fact]
    public async Task The_patients_page_lists_the_visits_newest_first_with_a_link_to_each()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"encounters-heading\">Visits</h2>", html, StringComparison.Ordinal);
        var later = html.IndexOf("/t/tenant-1/patients/pat-1/encounters/enc-2", StringComparison.Ordinal);
        var earlier = html.IndexOf("/t/tenant-1/patients/pat-1/encounters/enc-1", StringComparison.Ordinal);
        Assert.True(later > 0 && earlier > later, "both visits are linked, the later one first");
        Assert.Contains("<td>Office visit</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Dr. Smith</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>In progress</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Completed</td>", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-11-01T09:00:00Z\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_without_visits_says_so()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-2"));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p id=\"encounters-empty\">No visits recorded.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_encounters_service_cannot_answer_the_patients_page_still_shows_and_says_so()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        app.Encounters.Failure = new BackendUnavailableException("encounters", "no responders");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The visits part is unavailable right now.", html[html.IndexOf("encounters-heading", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("Acme Health", html, StringComparison.Ordinal);
        Assert.Empty(app.Logs.Errors);
    }

    [Fact]
    public async Task A_visit_the_service_dates_by_day_alone_shows_that_day_not_a_dash()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        app.Encounters.Add(Samples.Encounter("enc-5", day: new DateOnly(2025, 8, 5)));
        using var browser = await app.SignedInBrowser();

        var (_, patient) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");
        var (_, visit) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1/encounters/enc-5");

        Assert.Contains("datetime=\"2025-08-05\"", patient, StringComparison.Ordinal);
        Assert.Contains("<h1>Visit on <time datetime=\"2025-08-05\"", visit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("insurance", "unavailable")]
    [InlineData("claims", "unavailable")]
    [InlineData("visits", "unavailable")]
    [InlineData("insurance", "refused")]
    [InlineData("claims", "token refused")]
    [InlineData("visits", "token refused")]
    [InlineData("visits", "patient not found")]
    public async Task A_part_of_the_patients_page_whose_service_fails_or_refuses_says_so_and_the_rest_shows(string part, string failure)
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        Exception error = failure switch
        {
            "unavailable" => new BackendUnavailableException(part, "no responders"),
            "refused" => new RequestRejectedException("db down"),
            "token refused" => new NotAuthenticatedException("Unauthorized"),
            _ => new NotFoundException("patient"),
        };
        FakeTenantPort port = part switch { "insurance" => app.Policies, "claims" => app.Claims, _ => app.Encounters };
        port.Failure = error;
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");

        // Only the identity backend ends a sign-in, and only the patient's own service makes the page "not found".
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, html.Occurrences("part is unavailable right now."));
        Assert.Contains($"The {part} part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("Acme Health", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1/patients")).StatusCode);
    }

    [Fact]
    public async Task The_visit_page_shows_date_type_provider_complaint_codes_vitals_notes_and_status()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1/encounters/enc-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("datetime=\"2026-11-01T09:00:00Z\"", html, StringComparison.Ordinal);
        foreach (var shown in new[]
        {
            "Office visit", "Dr. Smith", "Completed", "Annual checkup", "<li>Z00.00</li>", "<li>99213</li>",
            "120/80", "98.6", ">72<", "165 lbs", "Patient in good health. Continue current medications.",
            "Back to Ada Lovelace", "data-encounter-id=\"enc-1\"",
        })
        {
            Assert.Contains(shown, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("98.9 F", "98.9&#xA0;°F")]
    [InlineData(" 37.2C ", "37.2&#xA0;°C")]
    [InlineData("98.6", "98.6")]
    [InlineData("38.2 °C", "38.2 °C")]
    [InlineData("about 99 F", "about 99 F")]
    [InlineData("", "—")]
    public async Task A_temperature_sent_with_a_bare_F_or_C_is_shown_in_degrees_and_any_other_as_the_clinic_wrote_it(string sent, string shown)
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        app.Encounters.Add(Samples.Encounter("enc-7", temperature: sent));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1/encounters/enc-7");

        Assert.Equal(shown, System.Text.RegularExpressions.Regex.Match(html, "<dd data-encounter-vital=\"temperature\">([^<]*)</dd>").Groups[1].Value);
    }

    [Theory]
    [InlineData("/t/tenant-1/patients/pat-1/encounters/enc-9")]
    [InlineData("/t/tenant-1/patients/pat-7/encounters/enc-1")]
    [InlineData("/t/tenant-3/patients/pat-1/encounters/enc-9")]
    [InlineData("/t/tenant-1/patients/pat-1/encounters/enc-missing")]
    public async Task Another_tenants_or_another_patients_visit_is_the_same_404_as_a_missing_one(string url)
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        app.Encounters.Add(Samples.Encounter("enc-9", tenant: new TenantId("tenant-3"), provider: "Dr. Quillfeather"));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(url);
        var (_, missing) = await browser.GetPageAsync("/t/tenant-404/patients/pat-1/encounters/enc-1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Quillfeather", html, StringComparison.Ordinal);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("Page not found", missing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/t/tenant-1/patients/pat-1/encounters/enc.1")]
    [InlineData("/t/tenant-1/patients/pat-1/encounters/enc%201")]
    [InlineData("/t/tenant-1/patients/p*t/encounters/enc-1")]
    public async Task A_malformed_id_is_a_plain_404_like_every_other_page(string url)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(app.Encounters.LastScope);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
