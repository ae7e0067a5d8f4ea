using System.Net;
using System.Text.Json;
using Portal.Demo.Backend;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>The per-portal rate limit of platform-api.md §1.2 and §2.6, configured low (DEMO_PLATFORM_RATE_LIMIT).</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_over_the_limit_of_one_portal_id_get_429_with_retry_after_while_other_portals_go_on()
    {
        await using var host = await DemoBackendHost.StartAsync(new DemoBackendOptions { BroadcastInterval = TimeSpan.Zero, PlatformRateLimit = 3 });
        using var http = new HttpClient();
        var client = new PlatformClient(host, http);
        var url = client.Url("billing/summary/");

        for (var n = 0; n < 3; n++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendForJsonAsync(client.Signer.Create(url, PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside)))).Status);
        }

        using var limited = await client.SendAsync(client.Signer.Create(url, PlatformClient.Body(PlatformClient.Marco, PlatformClient.Summit)));
        var other = await client.SendForJsonAsync(client.Signer.Create(url, PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside), portalIdOverride: "another-portal"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var body = JsonSerializer.Deserialize<JsonElement>(await limited.Content.ReadAsStringAsync());
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("Too many requests", body.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("detail").ValueKind);
        Assert.Equal(retryAfter, body.GetProperty("retry_after").GetInt32());
        Assert.Equal(429, body.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task A_badly_signed_request_is_refused_before_it_counts()
    {
        await using var host = await DemoBackendHost.StartAsync(new DemoBackendOptions { BroadcastInterval = TimeSpan.Zero, PlatformRateLimit = 1 });
        using var http = new HttpClient();
        var client = new PlatformClient(host, http);
        var url = client.Url("billing/summary/");

        var forged = await client.SendForJsonAsync(client.Signer.Create(url, PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside), uppercaseHex: true));
        var genuine = await client.SendForJsonAsync(client.Signer.Create(url, PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside)));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.OK, genuine.Status);
    }
}
