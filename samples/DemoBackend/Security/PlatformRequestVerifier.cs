using System.Security.Cryptography;
using System.Text;

namespace Portal.Demo.Backend.Security;

/// <summary>
/// Decides whether a Platform request is genuine: the right portal id, a timestamp within ±300 s, a body hash matching
/// the raw body, a correct HMAC signature and a nonce not seen within 300 s. Every failure looks the same to the caller.
/// </summary>
internal sealed class PlatformRequestVerifier(byte[] secret, string portalId, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(300);

    private readonly NonceRegistry nonces = new(Window, clock);

    public bool Verify(
        string method,
        string path,
        string? rawQuery,
        ReadOnlySpan<byte> body,
        string? headerPortalId,
        string? nonce,
        string? timestamp,
        string? bodyHash,
        string? signature)
    {
        if (headerPortalId is null || nonce is null || timestamp is null || bodyHash is null || signature is null
            || nonce.Length == 0
            || !FixedTimeEquals(headerPortalId, portalId)
            || !PlatformSignature.TryParseTimestamp(timestamp, out var sentAt)
            || (clock.GetUtcNow() - sentAt).Duration() > Window
            || !FixedTimeEquals(bodyHash, PlatformSignature.BodyHash(body)))
        {
            return false;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var canonical = PlatformSignature.CanonicalString(method, path, rawQuery, bodyHash, headerPortalId, nonce, timestamp);
        // The nonce is spent only by a request that is otherwise genuine, so forged requests cannot burn real nonces.
        return CryptographicOperations.FixedTimeEquals(presented, PlatformSignature.Compute(secret, canonical))
            && nonces.TryUse(nonce);
    }

    private static bool FixedTimeEquals(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(left), Encoding.UTF8.GetBytes(right));
}
