using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Signing;

namespace Portal.Adapters.Http.IntegrationTests.Signing;

/// <summary>The signing handler alone, checked by the Platform's independent verifier.</summary>
public sealed class SigningHandlerTests : IDisposable
{
    private const string Target = "/api/users/customers/";

    private static readonly byte[] Body = FakePlatform.Utf8("""{"user_id":"42","customer_id":"7"}""");

    private readonly ManualTimeProvider clock = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
    private readonly RecordingInnerHandler platform = new();
    private readonly HttpMessageInvoker invoker;
    private readonly IndependentSignatureVerifier verifier;

    public SigningHandlerTests()
    {
        var options = Options.Create(new PlatformApiOptions { Secret = FakePlatform.Secret, PortalId = FakePlatform.PortalId });
        invoker = new HttpMessageInvoker(new PlatformSigningHandler(options, clock) { InnerHandler = platform });
        verifier = new IndependentSignatureVerifier(FakePlatform.Secret, FakePlatform.PortalId, clock);
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
        await SendAsync(new UnreadableContent(), HashOf(Body));

        var (first, second) = (platform.Requests[0], platform.Requests[1]);
        Assert.Equal(Header(first, PlatformSigningHandler.BodyHashHeader), Header(second, PlatformSigningHandler.BodyHashHeader));
        Assert.NotEqual(Header(first, PlatformSigningHandler.NonceHeader), Header(second, PlatformSigningHandler.NonceHeader));
        Assert.NotEqual(Header(first, PlatformSigningHandler.TimestampHeader), Header(second, PlatformSigningHandler.TimestampHeader));
        Assert.NotEqual(Header(first, PlatformSigningHandler.SignatureHeader), Header(second, PlatformSigningHandler.SignatureHeader));
        Assert.Null(Verify(first, Body));
        Assert.Null(Verify(second, Body));
    }

    public void Dispose() => invoker.Dispose();

    private async Task SendAsync(HttpContent content, string? bodyHash)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(PlatformSignature.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("http://platform.test" + Target)) { Content = content };
        if (bodyHash is not null)
        {
            request.Options.Set(PlatformSigningHandler.BodyHashOption, bodyHash);
        }

        using var response = await invoker.SendAsync(request, CancellationToken.None);
    }

    private string? Verify(HttpRequestMessage sent, byte[] body) =>
        verifier.Check(
            sent.Method.Method,
            Target,
            sent.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body);

    private static string Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    private static string HashOf(byte[] body) => Convert.ToBase64String(SHA256.HashData(body));
}
