using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>
/// The test's own signer, written from platform-api.md §1.2 and not from the demo's code, so that a mistake in one is not
/// mirrored in the other. Every part of a signature can be set or spoiled, one rule at a time.
/// </summary>
internal sealed class PlatformSigner(string secret, string portalId)
{
    public string PortalId => portalId;

    public static string NewNonce(int length = 48) =>
        string.Concat(Enumerable.Range(0, (length / 32) + 1).Select(_ => Guid.NewGuid().ToString("N")))[..length];

    /// <summary>Unix seconds with a fraction, as the decimal string <c>X-Timestamp</c> may be.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        ((at.ToUnixTimeMilliseconds()) / 1000m).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Python's <c>urlencode(sorted(parse_qsl(query, keep_blank_values=True)))</c>, written afresh.</summary>
    public static string CanonicalQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.TrimStart('?').Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new(System.Net.WebUtility.UrlDecode(key), System.Net.WebUtility.UrlDecode(value)));
        }

        return string.Join('&', pairs
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => QuotePlus(pair.Key) + "=" + QuotePlus(pair.Value)));
    }

    public string Signature(string canonical) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();

    /// <summary>
    /// A signed request. By default: POST, <c>Content-Type: application/json</c> signed as <c>application/json</c>, a
    /// 48-character nonce, the current time, the path and sorted query of <paramref name="url"/>.
    /// </summary>
    public HttpRequestMessage Create(
        Uri url,
        byte[]? body,
        HttpMethod? method = null,
        string? contentType = "application/json",
        string? signedContentType = null,
        string? signedQuery = null,
        string? nonce = null,
        string? timestamp = null,
        bool uppercaseHex = false,
        bool sendBodyHash = true,
        string? portalIdOverride = null,
        string? secretOverride = null)
    {
        method ??= HttpMethod.Post;
        var bytes = body ?? [];
        var bodyHash = Convert.ToBase64String(SHA256.HashData(bytes));
        var usedNonce = nonce ?? NewNonce();
        var usedTimestamp = timestamp ?? Timestamp(DateTimeOffset.UtcNow);
        var usedPortal = portalIdOverride ?? portalId;
        var query = signedQuery ?? (url.Query.Length > 1 ? CanonicalQuery(url.Query) : string.Empty);
        var target = query.Length == 0 ? url.AbsolutePath : url.AbsolutePath + "?" + query;
        var typeLine = signedContentType ?? (contentType is null ? string.Empty : contentType.Split(';')[0].Trim().ToLowerInvariant());
        var canonical = string.Join("\n", method.Method.ToUpperInvariant(), target, typeLine, bodyHash, usedPortal, usedNonce, usedTimestamp);
        var signature = (secretOverride is null ? this : new PlatformSigner(secretOverride, portalId)).Signature(canonical);

        var request = new HttpRequestMessage(method, url);
        if (body is not null || contentType is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        request.Headers.Add("X-Portal-Id", usedPortal);
        request.Headers.Add("X-Nonce", usedNonce);
        request.Headers.Add("X-Timestamp", usedTimestamp);
        if (sendBodyHash)
        {
            request.Headers.Add("X-Body-Hash", bodyHash);
        }

        request.Headers.Add("X-Signature", uppercaseHex ? signature.ToUpperInvariant() : signature);
        return request;
    }

    /// <summary>Python's <c>quote_plus</c>: unreserved characters stay, a space becomes '+', everything else %XX of UTF-8.</summary>
    private static string QuotePlus(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
