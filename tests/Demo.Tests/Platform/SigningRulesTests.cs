using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>
/// The HMAC rules of platform-api.md §1.2, one at a time: each case spoils one rule of an otherwise correct request, or
/// shows that a request following the rule exactly passes. Every refusal is the same 401 body without <c>success</c>.
/// </summary>
public sealed class SigningRulesTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private const string Endpoint = "billing/summary/";

    private PlatformClient Client => fixture.Client;

    private static byte[] DanasBody => PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside);

    [Fact]
    public async Task Correct_signature_is_answered()
    {
        var (status, json) = await Client.SendForJsonAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Content_type_with_a_charset_signs_the_type_alone()
    {
        var request = Client.Signer.Create(Client.Url(Endpoint), DanasBody, contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, (await Client.SendForJsonAsync(request)).Status);
    }

    [Fact]
    public async Task Content_type_line_with_its_parameters_is_refused()
    {
        var request = Client.Signer.Create(Client.Url(Endpoint), DanasBody, contentType: "application/json; charset=utf-8", signedContentType: "application/json; charset=utf-8");

        await AssertHmacRefusedAsync(request);
    }

    [Fact]
    public async Task Get_without_a_content_type_signs_an_empty_line()
    {
        var (status, json) = await Client.GetAsync("tickets/categories/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(0, json.GetProperty("data").GetProperty("categories").GetArrayLength());
    }

    [Fact]
    public async Task Get_signed_with_a_content_type_it_did_not_send_is_refused()
    {
        var request = Client.Signer.Create(Client.Url("tickets/categories/"), null, HttpMethod.Get, contentType: null, signedContentType: "application/json");

        await AssertHmacRefusedAsync(request);
    }

    [Fact]
    public async Task Query_is_signed_sorted_by_key_then_value()
    {
        var url = new Uri(Client.Url("services/plans/") + "?plan_type=vps&b=2&a=2&a=1");

        var request = Client.Signer.Create(url, null, HttpMethod.Get, contentType: null, signedQuery: "a=1&a=2&b=2&plan_type=vps");
        var (status, json) = await Client.SendForJsonAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(json.GetProperty("data").GetProperty("plans").EnumerateArray(), plan => Assert.Equal("vps", plan.GetProperty("plan_type").GetString()));
    }

    [Theory]
    [InlineData("a=2&a=1&b=2&plan_type=vps")] // sorted by key only
    [InlineData("plan_type=vps&b=2&a=2&a=1")] // as sent
    public async Task Query_signed_in_another_order_is_refused(string signedQuery)
    {
        var url = new Uri(Client.Url("services/plans/") + "?plan_type=vps&b=2&a=2&a=1");

        await AssertHmacRefusedAsync(Client.Signer.Create(url, null, HttpMethod.Get, contentType: null, signedQuery: signedQuery));
    }

    [Fact]
    public async Task Query_values_are_decoded_and_re_encoded_form_style()
    {
        var url = new Uri(Client.Url("services/plans/") + "?note=a%20b%2Fc&empty=&plan_type=ssl");

        var passes = Client.Signer.Create(url, null, HttpMethod.Get, contentType: null, signedQuery: "empty=&note=a+b%2Fc&plan_type=ssl");
        var percentSpace = Client.Signer.Create(url, null, HttpMethod.Get, contentType: null, signedQuery: "empty=&note=a%20b%2Fc&plan_type=ssl");

        Assert.Equal(HttpStatusCode.OK, (await Client.SendForJsonAsync(passes)).Status);
        await AssertHmacRefusedAsync(percentSpace);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(256)]
    public async Task Nonce_of_32_to_256_characters_passes(int length)
    {
        var request = Client.Signer.Create(Client.Url(Endpoint), DanasBody, nonce: PlatformSigner.NewNonce(length));

        Assert.Equal(HttpStatusCode.OK, (await Client.SendForJsonAsync(request)).Status);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(257)]
    public async Task Nonce_outside_32_to_256_characters_is_refused(int length)
    {
        await AssertHmacRefusedAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody, nonce: PlatformSigner.NewNonce(length)));
    }

    [Fact]
    public async Task Replayed_nonce_is_refused_for_the_same_portal_id_only()
    {
        var nonce = PlatformSigner.NewNonce();

        var first = await Client.SendForJsonAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody, nonce: nonce));
        var otherPortal = await Client.SendForJsonAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody, nonce: nonce, portalIdOverride: "another-portal"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, otherPortal.Status);
        await AssertHmacRefusedAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody, nonce: nonce));
    }

    [Fact]
    public async Task Any_portal_id_is_accepted_with_the_shared_secret()
    {
        var request = Client.Signer.Create(Client.Url(Endpoint), DanasBody, portalIdOverride: "some-other-portal");

        Assert.Equal(HttpStatusCode.OK, (await Client.SendForJsonAsync(request)).Status);
    }

    [Theory]
    [InlineData(30)] // 30 s in the future: well past the 2 s allowed, however long the request takes to arrive
    [InlineData(-310)] // 310 s old
    public async Task Timestamp_more_than_2_s_ahead_or_300_s_old_is_refused(int secondsAhead)
    {
        var timestamp = PlatformSigner.Timestamp(DateTimeOffset.UtcNow.AddSeconds(secondsAhead));

        await AssertHmacRefusedAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody, timestamp: timestamp));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-290)]
    public async Task Timestamp_up_to_2_s_ahead_or_300_s_old_passes(int secondsAhead)
    {
        var request = Client.Signer.Create(Client.Url(Endpoint), DanasBody, timestamp: PlatformSigner.Timestamp(DateTimeOffset.UtcNow.AddSeconds(secondsAhead)));

        Assert.Equal(HttpStatusCode.OK, (await Client.SendForJsonAsync(request)).Status);
    }

    [Fact]
    public async Task Integer_timestamp_passes()
    {
        var request = Client.Signer.Create(Client.Url(Endpoint), DanasBody, timestamp: PlatformClient.Text(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.OK, (await Client.SendForJsonAsync(request)).Status);
    }

    [Fact]
    public async Task Uppercase_hex_signature_is_refused()
    {
        await AssertHmacRefusedAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody, uppercaseHex: true));
    }

    [Fact]
    public async Task Body_hash_is_required_even_for_an_empty_body()
    {
        await AssertHmacRefusedAsync(Client.Signer.Create(Client.Url("tickets/categories/"), null, HttpMethod.Get, contentType: null, sendBodyHash: false));
    }

    [Fact]
    public async Task Body_changed_after_signing_is_refused()
    {
        var signed = Client.Signer.Create(Client.Url(Endpoint), DanasBody);
        var replaced = new ByteArrayContent(PlatformClient.Body(PlatformClient.Dana, PlatformClient.Harbor));
        replaced.Headers.ContentType = signed.Content!.Headers.ContentType;
        signed.Content = replaced;

        await AssertHmacRefusedAsync(signed);
    }

    [Fact]
    public async Task Another_secret_is_refused()
    {
        await AssertHmacRefusedAsync(Client.Signer.Create(Client.Url(Endpoint), DanasBody, secretOverride: "another-secret-of-at-least-32-characters!"));
    }

    [Fact]
    public async Task Unsigned_request_to_an_unknown_path_is_refused_like_any_other()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Client.Url("no/such/endpoint/")) { Content = new StringContent("{}") };

        await AssertHmacRefusedAsync(request);
    }

    [Theory]
    [InlineData("users/verify-customer-access/")]
    [InlineData("no/such/endpoint/")]
    public async Task Signed_request_to_a_path_no_view_serves_gets_an_html_404(string path)
    {
        using var response = await Client.SendAsync(Client.Signer.Create(Client.Url(path), DanasBody));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not Found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AssertHmacRefusedAsync(HttpRequestMessage request)
    {
        var (status, json) = await Client.SendForJsonAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"error":"HMAC authentication failed"}""", JsonSerializer.Serialize(json));
    }
}
