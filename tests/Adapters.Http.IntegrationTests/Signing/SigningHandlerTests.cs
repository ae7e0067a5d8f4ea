using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Signing;

namespace Portal.Adapters.Http.IntegrationTests.Signing;

/// <summary>
/// The signing handler alone, checked by the Platform's independent verifier (written from platform-api.md §1.2), and
/// the verifier's own rules, so that a verifier that lets a rule slip cannot make the handler look right.
/// </summary>
public sealed class SigningHandlerTests : IDisposable
{
    private const string Target = "/api/users/customers/";

    private static readonly byte[] Body = FakePlatform.Utf8("""{"user_id":42,"customer_id":7,"timestamp":1700000000}""");

    private readonly ManualTimeProvider clock = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
    private readonly ManualTimeProvider platformClock = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
    private readonly RecordingInnerHandler platform = new();
    private readonly HttpMessageInvoker invoker;
    private readonly IndependentSignatureVerifier verifier;

    public SigningHandlerTests()
    {
        var options = Options.Create(new PlatformApiOptions { Secret = FakePlatform.Secret, PortalId = FakePlatform.PortalId });
        invoker = new HttpMessageInvoker(new PlatformSigningHandler(options, clock) { InnerHandler = platform });
        verifier = new IndependentSignatureVerifier(FakePlatform.Secret, FakePlatform.PortalId, platformClock);
    }

    [Fact]
    public async Task A_body_hash_handed_over_is_signed_without_reading_the_body_again()
    {
        await SendAsync(new UnreadableContent(), HashOf(Body));

        var sent = Assert.Single(platform.Requests);
        Assert.Equal(HashOf(Body), Header(sent, PlatformSigningHandler.BodyHashHeader));
        Assert.Null(Verify(sent, Body));
    }

    [Fact]
    public async Task Without_a_handed_over_hash_the_body_is_read_and_hashed()
    {
        await SendAsync(new ByteArrayContent(Body), bodyHash: null);

        var sent = Assert.Single(platform.Requests);
        Assert.Equal(HashOf(Body), Header(sent, PlatformSigningHandler.BodyHashHeader));
        Assert.Null(Verify(sent, Body));
    }

    [Fact]
    public async Task Attempts_sharing_one_body_hash_each_get_their_own_nonce_and_signature()
    {
        await SendAsync(new UnreadableContent(), HashOf(Body));
        clock.Advance(TimeSpan.FromSeconds(1));
        platformClock.Advance(TimeSpan.FromSeconds(1));
        await SendAsync(new UnreadableContent(), HashOf(Body));

        var (first, second) = (platform.Requests[0], platform.Requests[1]);
        Assert.Equal(Header(first, PlatformSigningHandler.BodyHashHeader), Header(second, PlatformSigningHandler.BodyHashHeader));
        Assert.NotEqual(Header(first, PlatformSigningHandler.NonceHeader), Header(second, PlatformSigningHandler.NonceHeader));
        Assert.NotEqual(Header(first, PlatformSigningHandler.TimestampHeader), Header(second, PlatformSigningHandler.TimestampHeader));
        Assert.NotEqual(Header(first, PlatformSigningHandler.SignatureHeader), Header(second, PlatformSigningHandler.SignatureHeader));
        Assert.Null(Verify(first, Body));
        Assert.Null(Verify(second, Body));
    }

    [Fact]
    public async Task A_content_type_with_parameters_signs_only_its_media_type_lower_cased()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.TryAddWithoutValidation("Content-Type", "Application/JSON; charset=utf-8");
        await SendAsync(content, HashOf(Body), contentType: null);

        var sent = Assert.Single(platform.Requests);
        Assert.Equal("Application/JSON; charset=utf-8", sent.Content!.Headers.ContentType!.ToString());
        Assert.Null(Verify(sent, Body));
        Assert.Equal(IndependentSignatureVerifier.BadSignature, Verify(sent, Body, contentTypeOverride: "text/plain"));
    }

    [Fact]
    public async Task A_get_without_content_type_signs_an_empty_line_and_the_hash_of_no_bytes()
    {
        await SendGetAsync("/api/services/plans/");

        var sent = Assert.Single(platform.Requests);
        Assert.Null(sent.Content);
        Assert.Equal(HashOf([]), Header(sent, PlatformSigningHandler.BodyHashHeader));
        Assert.Null(Verify(sent, [], "/api/services/plans/"));

        // The same headers with a content-type line of "application/json" would not verify: the line is the request's own.
        Assert.Equal(IndependentSignatureVerifier.BadSignature, Verify(sent, [], "/api/services/plans/", contentTypeOverride: "application/json"));
    }

    [Fact]
    public async Task A_query_is_signed_sorted_by_key_then_value_with_spaces_as_plus()
    {
        const string Query = "/api/tickets/categories/?search=disk%20full&b=2&a=z&a=y&blank=";
        await SendGetAsync(Query);

        var sent = Assert.Single(platform.Requests);
        Assert.Equal("/api/tickets/categories/?a=y&a=z&b=2&blank=&search=disk+full", IndependentSignatureVerifier.DjangoTarget(Query));
        Assert.Null(Verify(sent, [], sent.RequestUri!.PathAndQuery));
    }

    [Fact]
    public async Task The_nonce_is_lowercase_hex_within_the_length_the_platform_accepts()
    {
        await SendAsync(new ByteArrayContent(Body), HashOf(Body));

        var nonce = Header(Assert.Single(platform.Requests), PlatformSigningHandler.NonceHeader);
        Assert.InRange(nonce.Length, 32, 256);
        Assert.Matches("^[0-9a-f]+$", nonce);
        Assert.Matches("^[0-9a-f]{64}$", Header(platform.Requests[0], PlatformSigningHandler.SignatureHeader));
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, IndependentSignatureVerifier.StaleTimestamp)]
    [InlineData(-300, null)]
    [InlineData(-301, IndependentSignatureVerifier.StaleTimestamp)]
    public async Task The_timestamp_may_be_at_most_2_seconds_ahead_and_300_seconds_behind(int portalAheadSeconds, string? refusal)
    {
        clock.Advance(TimeSpan.FromSeconds(Math.Max(0, portalAheadSeconds)));
        platformClock.Advance(TimeSpan.FromSeconds(Math.Max(0, -portalAheadSeconds)));

        await SendAsync(new ByteArrayContent(Body), HashOf(Body));

        Assert.Equal(refusal, Verify(Assert.Single(platform.Requests), Body));
    }

    [Fact]
    public async Task The_signature_is_signed_with_the_current_time()
    {
        await SendAsync(new ByteArrayContent(Body), HashOf(Body));

        Assert.Equal("1700000000", Header(Assert.Single(platform.Requests), PlatformSigningHandler.TimestampHeader));
    }

    [Theory]
    [InlineData(31, IndependentSignatureVerifier.BadNonce)]
    [InlineData(32, null)]
    [InlineData(256, null)]
    [InlineData(257, IndependentSignatureVerifier.BadNonce)]
    public void The_verifier_accepts_nonces_of_32_to_256_characters(int length, string? refusal)
    {
        var headers = SignByHand(new string('n', length), "1700000000", uppercase: false);

        Assert.Equal(refusal, verifier.Check("POST", Target, headers, Body));
    }

    [Fact]
    public void The_verifier_refuses_an_uppercase_hex_signature()
    {
        Assert.Null(verifier.Check("POST", Target, SignByHand(new string('a', 40), "1700000000", uppercase: false), Body));
        Assert.Equal(
            IndependentSignatureVerifier.BadSignature,
            verifier.Check("POST", Target, SignByHand(new string('b', 40), "1700000000", uppercase: true), Body));
    }

    public void Dispose() => invoker.Dispose();

    private async Task SendAsync(HttpContent content, string? bodyHash, string? contentType = PlatformSignature.ContentType)
    {
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("http://platform.test" + Target)) { Content = content };
        if (bodyHash is not null)
        {
            request.Options.Set(PlatformSigningHandler.BodyHashOption, bodyHash);
        }

        using var response = await invoker.SendAsync(request, CancellationToken.None);
    }

    private async Task SendGetAsync(string target)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://platform.test" + target));
        using var response = await invoker.SendAsync(request, CancellationToken.None);
    }

    private string? Verify(HttpRequestMessage sent, byte[] body, string target = Target, string? contentTypeOverride = null)
    {
        var headers = sent.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        if ((contentTypeOverride ?? sent.Content?.Headers.ContentType?.ToString()) is { } contentType)
        {
            headers["Content-Type"] = contentType;
        }

        return verifier.Check(sent.Method.Method, target, headers, body);
    }

    /// <summary>A POST of <see cref="Body"/> to <see cref="Target"/> signed by hand from §1.2, with a chosen nonce.</summary>
    private static Dictionary<string, string> SignByHand(string nonce, string timestamp, bool uppercase)
    {
        var bodyHash = HashOf(Body);
        var text = string.Join("\n", "POST", Target, "application/json", bodyHash, FakePlatform.PortalId, nonce, timestamp);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(FakePlatform.Secret), Encoding.UTF8.GetBytes(text));
        var hex = string.Concat(mac.Select(b => b.ToString(uppercase ? "X2" : "x2", CultureInfo.InvariantCulture)));
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Portal-Id"] = FakePlatform.PortalId,
            ["X-Nonce"] = nonce,
            ["X-Timestamp"] = timestamp,
            ["X-Body-Hash"] = bodyHash,
            ["X-Signature"] = hex,
            ["Content-Type"] = "application/json",
        };
    }

    private static string Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    private static string HashOf(byte[] body) => Convert.ToBase64String(SHA256.HashData(body));
}
