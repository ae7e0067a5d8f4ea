using System.Globalization;
using System.Net;
using System.Text.Json;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Domain.Common;

namespace Portal.Web.FunctionalTests.Htpi;

/// <summary>A patient service that pages itself, over real HTPI answers on a real nats-server.</summary>
public sealed class ServicePagedPatientsTests
{
    /// <summary>
    /// 26 patients on the service's pages of 25, the first page's first one with an id Portal cannot address: 25 are
    /// counted, and the 26th is still on the second of two pages.
    /// </summary>
    [Fact]
    public async Task A_patient_left_out_of_the_services_first_page_leaves_its_last_page_in_reach()
    {
        await using var server = await NatsServer.StartAsync();
        await using var services = await HtpiServices.StartAsync(server.Url, "no-api-key");
        services.PatientList = TwoPages(["../pat-000", .. Numbered(PageRequest.DefaultSize - 1)], ["pat-last"]);
        await using var portal = new HtpiBackedPortal(server.Url);
        using var browser = await portal.SignedInBrowser();

        var (firstResponse, first) = await browser.GetPageAsync("/t/" + HtpiServices.TenantId + "/patients");
        var (lastResponse, last) = await browser.GetPageAsync("/t/" + HtpiServices.TenantId + "/patients?page=2");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (firstResponse.StatusCode, lastResponse.StatusCode));
        Assert.Contains("data-count=\"25\"", first, StringComparison.Ordinal);
        Assert.Contains("<span>Page 1 of 2</span>", first, StringComparison.Ordinal);
        Assert.Contains("data-patient-id=\"pat-last\"", last, StringComparison.Ordinal);
    }

    /// <summary>
    /// 26 patients on the service's pages of 25, the second page's only one with an id Portal cannot address: that page
    /// says none of its patients can be shown, not that the 25 counted are none.
    /// </summary>
    [Fact]
    public async Task A_page_whose_every_patient_was_left_out_says_so_not_that_no_patients_were_found()
    {
        await using var server = await NatsServer.StartAsync();
        await using var services = await HtpiServices.StartAsync(server.Url, "no-api-key");
        services.PatientList = TwoPages(Numbered(PageRequest.DefaultSize), ["../pat-last"]);
        await using var portal = new HtpiBackedPortal(server.Url);
        using var browser = await portal.SignedInBrowser();

        var (response, last) = await browser.GetPageAsync("/t/" + HtpiServices.TenantId + "/patients?page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-count=\"25\"", last, StringComparison.Ordinal);
        Assert.Contains("<p>No patients on this page can be shown.</p>", last, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>No patients.</p>", last, StringComparison.Ordinal);
    }

    /// <summary>
    /// A patient left out of the first page lowers its count below the service's, so the page numbers live.js would move
    /// with the count could part from the service's pages: that page offers removals by its "show" note instead of
    /// following them, and a first page with none left out follows them.
    /// </summary>
    [Theory]
    [InlineData("../pat-000", "false")]
    [InlineData("pat-000", "true")]
    public async Task Only_a_first_page_counted_as_the_service_counts_it_follows_changes_live(string firstId, string followsLive)
    {
        await using var server = await NatsServer.StartAsync();
        await using var services = await HtpiServices.StartAsync(server.Url, "no-api-key");
        services.PatientList = TwoPages([firstId, .. Numbered(PageRequest.DefaultSize - 1)], ["pat-last"]);
        await using var portal = new HtpiBackedPortal(server.Url);
        using var browser = await portal.SignedInBrowser();

        var (response, first) = await browser.GetPageAsync("/t/" + HtpiServices.TenantId + "/patients");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-live-follow=\"{followsLive}\"", first, StringComparison.Ordinal);
    }

    /// <summary>pat-001, pat-002, … up to <paramref name="count"/>.</summary>
    private static string[] Numbered(int count) =>
        [.. Enumerable.Range(1, count).Select(n => "pat-" + n.ToString("D3", CultureInfo.InvariantCulture))];

    /// <summary>The service's two pages of <see cref="PageRequest.DefaultSize"/> + 1 patients, with these ids.</summary>
    private static Func<JsonElement, string> TwoPages(string[] firstPage, string[] secondPage) => request =>
    {
        var tenant = request.GetProperty("tenantId").GetString();
        var ids = request.GetProperty("page").GetInt32() == 1 ? firstPage : secondPage;
        var patients = ids.Select(id => $$"""{"id": "{{id}}", "firstName": "Ada", "lastName": "{{id}}", "tenantId": "{{tenant}}"}""");
        return $$"""{"responseType": "list", "patients": [{{string.Join(", ", patients)}}], "total": {{PageRequest.DefaultSize + 1}}}""";
    };
}
