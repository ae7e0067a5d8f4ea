using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// The Platform's side of the signature contract, written from platform-api.md §1.2 alone (it shares no code with the
/// adapter's signer): all five headers present, the nonce 32–256 characters, <c>−2 ≤ now − X-Timestamp ≤ 300</c>, the
/// nonce not seen within 330 s for the portal, the body hash over the exact bytes, and the lowercase hex HMAC compared
/// exactly over METHOD, the path Django sees with the query decoded, sorted by key then value and re-encoded form-style,
/// the request's own content type before ';' (trimmed, lower-cased, empty when absent), body hash, portal id, nonce and
/// the timestamp header as sent.
/// </summary>
public sealed class IndependentSignatureVerifier(string secret, string portalId, TimeProvider clock)
{
    public const string StaleTimestamp = "stale timestamp";
    public const string BodyHashMismatch = "body hash mismatch";
    public const string BadSignature = "bad signature";
    public const string ReplayedNonce = "replayed nonce";
    public const string MissingHeaders = "missing headers";
    public const string BadNonce = "nonce length";
    public const string UnknownPortal = "unknown portal";

    private const int MaxPast = 300;
    private const int MaxFuture = 2;
    private static readonly TimeSpan NonceMemory = TimeSpan.FromSeconds(330);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seenNonces = new(StringComparer.Ordinal);

    /// <summary>Null when the request is genuine, otherwise why it is refused.</summary>
    public string? Check(string method, string rawTarget, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        string Get(string name) => headers.TryGetValue(name, out var value) ? value : string.Empty;

        var portal = Get("X-Portal-Id");
        var nonce = Get("X-Nonce");
        var timestamp = Get("X-Timestamp");
        var bodyHash = Get("X-Body-Hash");
        var signature = Get("X-Signature");
        if (portal.Length == 0 || nonce.Length == 0 || timestamp.Length == 0 || bodyHash.Length == 0 || signature.Length == 0)
        {
            return MissingHeaders;
        }

        if (nonce.Length is < 32 or > 256)
        {
            return BadNonce;
        }

        if (portal != portalId)
        {
            return UnknownPortal;
        }

        var now = clock.GetUtcNow();
        if (!decimal.TryParse(timestamp, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var sent))
        {
            return StaleTimestamp;
        }

        var age = now.ToUnixTimeSeconds() - (long)decimal.Truncate(sent);
        if (age < -MaxFuture || age > MaxPast)
        {
            return StaleTimestamp;
        }

        if (Convert.ToBase64String(SHA256.HashData(body)) != bodyHash)
        {
            return BodyHashMismatch;
        }

        var contentType = headers.TryGetValue("Content-Type", out var header) ? header.Split(';')[0].Trim().ToLowerInvariant() : string.Empty;
        var text = string.Join("\n", method.ToUpperInvariant(), DjangoTarget(rawTarget), contentType, bodyHash, portal, nonce, timestamp);
        var expected = string.Concat(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

        // Exact comparison, as the Platform's compare_digest: uppercase hex is a different string.
        if (!string.Equals(expected, signature, StringComparison.Ordinal))
        {
            return BadSignature;
        }

        foreach (var (seen, at) in seenNonces)
        {
            if (now - at > NonceMemory)
            {
                seenNonces.TryRemove(seen, out _);
            }
        }

        return seenNonces.TryAdd(portal + ":" + nonce, now) ? null : ReplayedNonce;
    }

    /// <summary>
    /// The signed form of a request target: Django's path (decoded, then escaped keeping <c>/:@&amp;+$,-_.!~*'()</c>), and
    /// the query as Python's <c>parse_qsl(keep_blank_values=True)</c>, sorted by (key, value), then <c>urlencode</c>.
    /// </summary>
    public static string DjangoTarget(string rawTarget)
    {
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = Escape(Uri.UnescapeDataString(question < 0 ? rawTarget : rawTarget[..question]), "/:@&+$,-_.!~*'()", plus: false);
        if (question < 0)
        {
            return path;
        }

        var pairs = rawTarget[(question + 1)..]
            .Split('&')
            .Where(piece => piece.Length > 0)
            .Select(piece => piece.Contains('=', StringComparison.Ordinal) ? piece.Split('=', 2) : [piece, string.Empty])
            .Select(kv => (Key: Unplus(kv[0]), Value: Unplus(kv[1])))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => Escape(kv.Key, "_.-~", plus: true) + "=" + Escape(kv.Value, "_.-~", plus: true))
            .ToList();
        return pairs.Count == 0 ? path : path + "?" + string.Join("&", pairs);
    }

    private static string Unplus(string text) => Uri.UnescapeDataString(text.Replace("+", " ", StringComparison.Ordinal));

    private static string Escape(string text, string keep, bool plus)
    {
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if ((b is >= (byte)'a' and <= (byte)'z') || (b is >= (byte)'A' and <= (byte)'Z') || (b is >= (byte)'0' and <= (byte)'9') || keep.Contains((char)b, StringComparison.Ordinal))
            {
                result.Append((char)b);
            }
            else if (plus && b == (byte)' ')
            {
                result.Append('+');
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }
}
