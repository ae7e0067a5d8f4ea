using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Adapters.Http.Platform.Signing;

/// <summary>
/// The Platform's request signature: hex HMAC-SHA256 with the shared secret over
/// <c>METHOD\npath?sorted_query\napplication/json\nbody-hash\nportal-id\nnonce\ntimestamp</c>.
/// </summary>
internal static class PlatformSignature
{
    public const string ContentType = "application/json";

    /// <summary>Base64 of the SHA-256 of the raw body bytes.</summary>
    public static string HashBody(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary>16 random bytes as hex: unguessable and, in practice, never repeated.</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string UnixSeconds(DateTimeOffset instant) =>
        instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The signed text. The path is the URL's path as sent (base path included, still percent-encoded); the query's
    /// <c>key=value</c> pairs are sorted by key and joined by '&amp;', and an empty query adds no '?'.
    /// </summary>
    public static string CanonicalText(
        string method, Uri requestUri, string bodyHash, string portalId, string nonce, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        var target = requestUri.AbsolutePath;
        var sortedQuery = SortQuery(requestUri.Query);
        if (sortedQuery.Length > 0)
        {
            target += "?" + sortedQuery;
        }

        return string.Join('\n', method.ToUpperInvariant(), target, ContentType, bodyHash, portalId, nonce, timestamp);
    }

    public static string Sign(byte[] key, string canonicalText) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonicalText)));

    private static string SortQuery(string query)
    {
        var pairs = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('&', pairs.OrderBy(KeyOf, StringComparer.Ordinal));
    }

    private static string KeyOf(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? pair : pair[..equals];
    }
}
