using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.Adapters.Http.Platform.Signing;

/// <summary>
/// Signs every request on its way out, attempt by attempt: a retry gets a fresh nonce and timestamp, because the
/// Platform refuses a nonce it has seen within the last 300 seconds. The body is the same for every attempt of a call,
/// so the caller hashes it once and hands the hash over in <see cref="BodyHashOption"/>; only a request without it has
/// its body read and hashed here (a GET without a body gets the hash of no bytes, which the Platform requires too).
/// The timestamp is the current time in whole seconds, rounded down: the Platform refuses one more than 2 s ahead.
/// </summary>
internal sealed class PlatformSigningHandler(IOptions<PlatformApiOptions> options, TimeProvider time) : DelegatingHandler
{
    public const string PortalIdHeader = "X-Portal-Id";
    public const string NonceHeader = "X-Nonce";
    public const string TimestampHeader = "X-Timestamp";
    public const string BodyHashHeader = "X-Body-Hash";
    public const string SignatureHeader = "X-Signature";

    /// <summary>The request option's name, for Refit's <c>[Property]</c> parameters.</summary>
    public const string BodyHashKey = "Portal.Platform.BodyHash";

    /// <summary>The <see cref="PlatformSignature.HashBody"/> of the request's content, computed once per call.</summary>
    public static readonly HttpRequestOptionsKey<string> BodyHashOption = new(BodyHashKey);

    private readonly byte[] key = Encoding.UTF8.GetBytes(options.Value.Secret ?? string.Empty);
    private readonly string portalId = options.Value.PortalId ?? string.Empty;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bodyHash = request.Options.TryGetValue(BodyHashOption, out var givenHash)
            ? givenHash
            : await HashContentAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var nonce = PlatformSignature.NewNonce();
        var timestamp = PlatformSignature.UnixSeconds(time.GetUtcNow());

        // The content-type line is the header this request carries (none for a GET without a body), never a constant: its
        // media type, which is the header's text before any ';' (without formatting the parameters to cut them off again).
        var signature = PlatformSignature.Sign(
            key, request.Method.Method, request.RequestUri!, request.Content?.Headers.ContentType?.MediaType, bodyHash, portalId, nonce, timestamp);

        var headers = request.Headers;
        Set(headers, PortalIdHeader, portalId);
        Set(headers, NonceHeader, nonce);
        Set(headers, TimestampHeader, timestamp);
        Set(headers, BodyHashHeader, bodyHash);
        Set(headers, SignatureHeader, signature);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> HashContentAsync(HttpContent? content, CancellationToken cancellationToken) =>
        PlatformSignature.HashBody(
            content is null ? [] : await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));

    private static void Set(System.Net.Http.Headers.HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }
}
