using System.Globalization;
using System.Net;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;

namespace Portal.Web.FunctionalTests.Htpi;

/// <summary>
/// A patient's claims and visits, sent whole by the claims and encounters services over a real nats-server and read by
/// Portal's real NATS adapter, are cut on the patient's page: a page of each, the newest first, with the line that says
/// which of how many (the same paging over fakes: Pages/PatientSectionPagingTests).
/// </summary>
public sealed class PatientSectionsOverNatsTests
{
    private const string PatientPage = "/t/" + HtpiServices.TenantId + "/patients/" + HtpiServices.PatientId;
    private const string ClaimLink = "href=\"/t/" + HtpiServices.TenantId + "/claims/";

    [Fact]
    public async Task Forty_five_claims_and_twenty_five_visits_show_the_twenty_newest_of_each_and_say_so()
    {
        await using var server = await NatsServer.StartAsync();
        await using var services = await ManyRecordsAsync(server.Url);
        await using var portal = new HtpiBackedPortal(server.Url);
        using var browser = await portal.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(PatientPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, html.Occurrences(ClaimLink));
        Assert.Contains(ClaimLink + "clm-00?patient=" + HtpiServices.PatientId + "\"", html, StringComparison.Ordinal);
        Assert.Contains(ClaimLink + "clm-19?patient=" + HtpiServices.PatientId + "\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("clm-20", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\" id=\"claims-count\">Showing the 20 newest of 45 claims.</p>", html, StringComparison.Ordinal);
        Assert.Equal(20, html.Occurrences("<tr data-encounter-id="));
        Assert.Contains("<tr data-encounter-id=\"enc-00\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("enc-20", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\" id=\"encounters-count\">Showing the 20 newest of 25 visits.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_third_page_of_claims_shows_the_last_five()
    {
        await using var server = await NatsServer.StartAsync();
        await using var services = await ManyRecordsAsync(server.Url);
        await using var portal = new HtpiBackedPortal(server.Url);
        using var browser = await portal.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(PatientPage + "?claimsPage=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, html.Occurrences(ClaimLink));
        Assert.Contains(ClaimLink + "clm-40?patient=" + HtpiServices.PatientId + "\"", html, StringComparison.Ordinal);
        Assert.Contains(ClaimLink + "clm-44?patient=" + HtpiServices.PatientId + "\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("clm-39", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\" id=\"claims-count\">Showing claims 41–45 of 45, newest first.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<span>Page 3 of 3</span>", html, StringComparison.Ordinal);
        Assert.Contains("Showing the 20 newest of 25 visits.", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Ada's 45 claims (clm-00 the newest) and 25 visits (enc-00 the newest), each sent oldest first, so only Portal's own
    /// order puts the newest on the first page.
    /// </summary>
    private static async Task<HtpiServices> ManyRecordsAsync(string natsUrl)
    {
        var services = await HtpiServices.StartAsync(natsUrl, "no-api-key");
        var newest = new DateOnly(2025, 8, 5);
        services.ClaimList = request =>
        {
            var tenant = request.GetProperty("tenantId").GetString();
            var claims = Enumerable.Range(0, 45).Reverse().Select(n => $$"""
                {"id": "{{Numbered("clm", n)}}", "claim_number": "{{Numbered("CLM", n)}}", "status": "submitted",
                 "service_date": "{{Day(newest, n)}}", "total_charge": 100.00, "paid_amount": null, "payer": "Acme Health", "tenantId": "{{tenant}}"}
                """);
            return $$"""{"claims": [{{string.Join(", ", claims)}}]}""";
        };
        services.EncounterList = request =>
        {
            var tenant = request.GetProperty("tenantId").GetString();
            var patient = request.GetProperty("patientId").GetString();
            var encounters = Enumerable.Range(0, 25).Reverse().Select(n => $$"""
                {"id": "{{Numbered("enc", n)}}", "tenantId": "{{tenant}}", "patientId": "{{patient}}", "date": "{{Day(newest, n)}}T09:00:00",
                 "type": "Office visit", "provider": "Dr. Grace Hopper", "status": "completed"}
                """);
            return $$"""{"success": true, "encounters": [{{string.Join(", ", encounters)}}]}""";
        };
        return services;
    }

    private static string Numbered(string prefix, int n) => prefix + "-" + n.ToString("00", CultureInfo.InvariantCulture);

    private static string Day(DateOnly newest, int daysBefore) => newest.AddDays(-daysBefore).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
