using System.Security.Cryptography;
using System.Text;

namespace Portal.Demo.Backend.Security;

/// <summary>
/// Decides whether a Platform request is genuine, rule by rule as platform-api.md §1.2 writes it: every header present,
/// a nonce of 32–256 characters not seen from this portal id within 330 s, a timestamp at most 300 s old and at most 2 s
/// ahead, a body hash of the raw body, and the lowercase hex signature exactly. The portal id is any non-empty string.
/// </summary>
internal sealed class PlatformRequestVerifier(byte[] secret, TimeProvider clock)
{
    public const int MinNonceLength = 32;
    public const int MaxNonceLength = 256;
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(300);
    public static readonly TimeSpan MaxAhead = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan NonceMemory = TimeSpan.FromSeconds(330);

    private readonly NonceRegistry nonces = new(NonceMemory, clock);

    public bool Verify(
        string method,
        string path,
        string? rawQuery,
        string? contentType,
        ReadOnlySpan<byte> body,
        string? portalId,
        string? nonce,
        string? timestamp,
        string? bodyHash,
        string? signature)
    {
        if (string.IsNullOrEmpty(portalId) || nonce is null || timestamp is null || bodyHash is null || signature is null
            || nonce.Length is < MinNonceLength or > MaxNonceLength
            || !PlatformSignature.TryParseTimestamp(timestamp, out var sentAt))
        {
            return false;
        }

        var age = clock.GetUtcNow() - sentAt;
        if (age > MaxAge || age < -MaxAhead || !Equal(bodyHash, PlatformSignature.BodyHash(body)))
        {
            return false;
        }

        var canonical = PlatformSignature.CanonicalString(method, path, rawQuery, contentType, bodyHash, portalId, nonce, timestamp);

        // An exact comparison of the hex text: uppercase hex is a different string and fails, as it does on the Platform.
        // The nonce is spent only by a request that is otherwise genuine, so forged requests cannot burn real nonces.
        return Equal(signature, PlatformSignature.ComputeHex(secret, canonical)) && nonces.TryUse(portalId + ":" + nonce);
    }

    private static bool Equal(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(left), Encoding.UTF8.GetBytes(right));
}
