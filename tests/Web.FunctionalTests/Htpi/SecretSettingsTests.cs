using System.Net;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;

namespace Portal.Web.FunctionalTests.Htpi;

/// <summary>
/// The tenant service keeps each tenant's Claim.MD API keys in its settings and sends them with every tenant list. Over
/// real HTPI answers, the key reaches no page, no response header or cookie, and no log line.
/// </summary>
public sealed class SecretSettingsTests
{
    private const string PlantedApiKey = "claimmd-live-key-7f3a91c2e8b4";

    [Fact]
    public async Task A_tenants_claimmd_api_key_never_reaches_a_page_a_cookie_or_a_log()
    {
        await using var server = await NatsServer.StartAsync();
        await using var services = await HtpiServices.StartAsync(server.Url, PlantedApiKey);
        await using var portal = new HtpiBackedPortal(server.Url);
        using var browser = portal.Browser();

        var signIn = await browser.SignInAsync(HtpiServices.Email, HtpiServices.Password);
        var seen = new List<string> { Headers(signIn), await signIn.Content.ReadAsStringAsync() };
        // The dashboards are asked too; they show the practice's figures once the dashboard composition leaves out the
        // Platform cards of a tenant without a Platform link (until then they answer 404, which shows nothing either).
        foreach (var url in new[] { "/", "/tenants", "/t/tenant-001", "/t/tenant-002", "/t/tenant-001/patients", "/t/tenant-002/patients", "/t/tenant-009" })
        {
            using var response = await browser.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            seen.Add(Headers(response));
            seen.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains(seen, text => text.Contains("Mercy General Hospital", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, text => text.Contains(PlantedApiKey, StringComparison.Ordinal));
        Assert.NotEmpty(portal.Logs.Lines);
        Assert.DoesNotContain(portal.Logs.Lines, line => line.Contains(PlantedApiKey, StringComparison.Ordinal));
    }

    private static string Headers(HttpResponseMessage response) => response.Headers + response.Content.Headers.ToString();
}
