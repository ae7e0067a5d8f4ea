using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

public sealed class PlatformSignatureTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private const string Endpoint = "billing/summary/";

    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task Correctly_signed_request_is_answered()
    {
        var (status, json) = await Client.PostAsync(Endpoint, PlatformClient.DanaId, "tnt-riverside");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("success").GetBoolean());
        Assert.True(json.GetProperty("summary").GetProperty("total_invoices").GetInt32() > 0);
    }

    [Fact]
    public async Task Wrong_signature_is_refused_with_the_uniform_401()
    {
        var body = PlatformClient.Body(PlatformClient.DanaId, "tnt-riverside");
        var wrong = new PlatformSigner("another-secret-of-at-least-32-characters!", "portal-demo").Create(Client.Url(Endpoint), body);

        await AssertUnauthorizedAsync(wrong);
    }

    [Fact]
    public async Task Stale_timestamp_is_refused_even_when_correctly_signed()
    {
        var body = PlatformClient.Body(PlatformClient.DanaId, "tnt-riverside");
        var stale = Client.Signer.Create(Client.Url(Endpoint), body, timestamp: DateTimeOffset.UtcNow.AddSeconds(-301).ToUnixTimeSeconds());

        await AssertUnauthorizedAsync(stale);
    }

    [Fact]
    public async Task Timestamp_from_the_future_beyond_the_window_is_refused()
    {
        var body = PlatformClient.Body(PlatformClient.DanaId, "tnt-riverside");
        var early = Client.Signer.Create(Client.Url(Endpoint), body, timestamp: DateTimeOffset.UtcNow.AddSeconds(330).ToUnixTimeSeconds());

        await AssertUnauthorizedAsync(early);
    }

    [Fact]
    public async Task Replayed_nonce_is_refused()
    {
        var body = PlatformClient.Body(PlatformClient.DanaId, "tnt-riverside");
        var nonce = Guid.NewGuid().ToString("N");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var first = await Client.SendAsync(Client.Signer.Create(Client.Url(Endpoint), body, nonce, timestamp));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        await AssertUnauthorizedAsync(Client.Signer.Create(Client.Url(Endpoint), body, nonce, timestamp));
    }

    [Fact]
    public async Task Body_changed_after_signing_is_refused()
    {
        var signed = Client.Signer.Create(Client.Url(Endpoint), PlatformClient.Body(PlatformClient.DanaId, "tnt-riverside"));
        var tampered = PlatformClient.Body(PlatformClient.DanaId, "tnt-harbor");
        var replaced = new ByteArrayContent(tampered);
        replaced.Headers.ContentType = signed.Content!.Headers.ContentType;
        signed.Content = replaced;

        await AssertUnauthorizedAsync(signed);
    }

    [Fact]
    public async Task Unknown_portal_id_is_refused()
    {
        var body = PlatformClient.Body(PlatformClient.DanaId, "tnt-riverside");

        await AssertUnauthorizedAsync(Client.Signer.Create(Client.Url(Endpoint), body, portalIdOverride: "someone-else"));
    }

    [Fact]
    public async Task Unsigned_request_to_an_unknown_endpoint_gets_the_same_401_not_a_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Client.Url("no/such/endpoint/")) { Content = new StringContent("{}") };

        await AssertUnauthorizedAsync(request);
    }

    [Fact]
    public async Task Signed_query_is_checked_in_sorted_order()
    {
        var body = PlatformClient.Body(PlatformClient.DanaId, "tnt-riverside");
        var url = new Uri(Client.Url(Endpoint) + "?zeta=1&alpha=2");

        using var response = await Client.SendAsync(Client.Signer.Create(url, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertUnauthorizedAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var json = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
            Assert.False(json.GetProperty("success").GetBoolean());
            Assert.Equal("unauthorized", json.GetProperty("error").GetString());
        }
    }
}
