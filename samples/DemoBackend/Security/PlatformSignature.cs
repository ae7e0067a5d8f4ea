using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Demo.Backend.Security;

/// <summary>The Platform's request signature, computed exactly as platform-api.md writes it.</summary>
internal static class PlatformSignature
{
    public const string ContentType = "application/json";

    public static string BodyHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary><c>METHOD\npath?sorted_query\napplication/json\nbody-hash\nportal-id\nnonce\ntimestamp</c>.</summary>
    public static string CanonicalString(string method, string path, string? rawQuery, string bodyHash, string portalId, string nonce, string timestamp)
    {
        var sortedQuery = SortQuery(rawQuery);
        var target = sortedQuery.Length == 0 ? path : path + "?" + sortedQuery;
        return string.Join('\n', method.ToUpperInvariant(), target, ContentType, bodyHash, portalId, nonce, timestamp);
    }

    public static byte[] Compute(byte[] secret, string canonical) => HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(canonical));

    public static string ComputeHex(byte[] secret, string canonical) => Convert.ToHexStringLower(Compute(secret, canonical));

    /// <summary>The query's <c>key=value</c> pairs as sent, ordered by key (ordinal), joined with '&amp;'.</summary>
    public static string SortQuery(string? rawQuery)
    {
        var query = rawQuery?.TrimStart('?');
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('&', pairs.OrderBy(pair => pair.Split('=', 2)[0], StringComparer.Ordinal));
    }

    public static bool TryParseTimestamp(string? value, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}
