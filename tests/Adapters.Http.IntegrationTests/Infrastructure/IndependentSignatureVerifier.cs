using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// The Platform's side of the signature contract, written from the contract alone (it shares no code with the adapter's
/// signer): portal id, timestamp within ±300 s, body hash, HMAC over the canonical text, nonce not seen in the last 300 s.
/// </summary>
public sealed class IndependentSignatureVerifier(string secret, string portalId, TimeProvider clock)
{
    public const string StaleTimestamp = "stale timestamp";
    public const string BodyHashMismatch = "body hash mismatch";
    public const string BadSignature = "bad signature";
    public const string ReplayedNonce = "replayed nonce";
    public const string MissingHeaders = "missing headers";
    public const string UnknownPortal = "unknown portal";

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(300);
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
        if (portal.Length == 0 || nonce.Length < 32 || timestamp.Length == 0 || bodyHash.Length == 0 || signature.Length == 0)
        {
            return MissingHeaders;
        }

        if (portal != portalId)
        {
            return UnknownPortal;
        }

        var now = clock.GetUtcNow();
        if (!long.TryParse(timestamp, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > Window.TotalSeconds)
        {
            return StaleTimestamp;
        }

        using (var sha = SHA256.Create())
        {
            if (Convert.ToBase64String(sha.ComputeHash(body)) != bodyHash)
            {
                return BodyHashMismatch;
            }
        }

        var text = new StringBuilder()
            .Append(method).Append('\n')
            .Append(Target(rawTarget)).Append('\n')
            .Append("application/json").Append('\n')
            .Append(bodyHash).Append('\n')
            .Append(portal).Append('\n')
            .Append(nonce).Append('\n')
            .Append(timestamp)
            .ToString();
        using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
        {
            var expected = string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2")));
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
            {
                return BadSignature;
            }
        }

        foreach (var (seen, at) in seenNonces)
        {
            if (now - at > Window)
            {
                seenNonces.TryRemove(seen, out _);
            }
        }

        return seenNonces.TryAdd(nonce, now) ? null : ReplayedNonce;
    }

    /// <summary>The path as sent, then the query's pairs sorted by key; no '?' without a query.</summary>
    private static string Target(string rawTarget)
    {
        var question = rawTarget.IndexOf('?');
        if (question < 0)
        {
            return rawTarget;
        }

        var pairs = rawTarget[(question + 1)..].Split('&').Where(p => p.Length > 0).ToList();
        if (pairs.Count == 0)
        {
            return rawTarget[..question];
        }

        var sorted = pairs.Select((pair, index) => (Key: pair.Split('=')[0], Index: index, Pair: pair))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Index)
            .Select(p => p.Pair);
        return rawTarget[..question] + "?" + string.Join("&", sorted);
    }
}
