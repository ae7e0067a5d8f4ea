using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>
/// The test's own signer, written from platform-api.md and not from the demo's code, so that a mistake in one is not
/// mirrored in the other.
/// </summary>
internal sealed class PlatformSigner(string secret, string portalId)
{
    public HttpRequestMessage Create(Uri url, byte[] body, string? nonce = null, long? timestamp = null, string? signatureOverride = null, string? portalIdOverride = null)
    {
        var bodyHash = Convert.ToBase64String(SHA256.HashData(body));
        var usedNonce = nonce ?? Guid.NewGuid().ToString("N");
        var usedTimestamp = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var query = url.Query.TrimStart('?');
        var sortedQuery = string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries).OrderBy(pair => pair.Split('=')[0], StringComparer.Ordinal));
        var target = sortedQuery.Length == 0 ? url.AbsolutePath : url.AbsolutePath + "?" + sortedQuery;
        var canonical = $"POST\n{target}\napplication/json\n{bodyHash}\n{portalId}\n{usedNonce}\n{usedTimestamp}";
        var signature = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();

        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Portal-Id", portalIdOverride ?? portalId);
        request.Headers.Add("X-Nonce", usedNonce);
        request.Headers.Add("X-Timestamp", usedTimestamp);
        request.Headers.Add("X-Body-Hash", bodyHash);
        request.Headers.Add("X-Signature", signatureOverride ?? signature);
        return request;
    }
}
