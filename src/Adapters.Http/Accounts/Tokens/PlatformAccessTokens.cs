using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Adapters.Http.Platform;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.Adapters.Http.Accounts.Tokens;

/// <summary>
/// The Platform has no token of its own, so with the Platform as identity backend Portal issues one itself, statelessly:
/// <c>base64url(payload) "." base64url(HMAC-SHA256(key, base64url(payload)))</c>, where payload is the UTF-8 JSON
/// <c>{"user_id", "exp"}</c> (exp in Unix seconds) and key is HKDF-SHA256 of <c>PLATFORM_API_SECRET</c> with the
/// info <see cref="KeyPurpose"/>, so the request-signing key is never used for anything else. Any Portal instance with
/// the same secret verifies any other's tokens; nothing is stored, so a token cannot be revoked before it expires
/// (<c>PLATFORM_IDENTITY_TOKEN_LIFETIME</c>) — rotating the secret revokes them all.
/// </summary>
internal sealed class PlatformAccessTokens
{
    public const string KeyPurpose = "Portal.PlatformIdentity.AccessToken.v1";

    /// <summary>The portal every token of this backend speaks for: Portal is the Platform's customer portal.</summary>
    public const string CustomerPortal = "customer";

    private const int MacLength = 32;

    private readonly byte[] key;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;

    public PlatformAccessTokens(IOptions<PlatformApiOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        key = HKDF.DeriveKey(
            HashAlgorithmName.SHA256,
            Encoding.UTF8.GetBytes(options.Value.Secret ?? string.Empty),
            MacLength,
            salt: [],
            info: Encoding.UTF8.GetBytes(KeyPurpose));
        lifetime = options.Value.IdentityTokenLifetime;
        this.time = time;
    }

    public AccessToken Issue(UserId userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var payload = new AccessTokenPayload
        {
            UserId = userId.Value,
            Exp = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds(),
        };
        var encodedPayload = Base64Url.EncodeToString(
            JsonSerializer.SerializeToUtf8Bytes(payload, AccessTokenJsonContext.Default.AccessTokenPayload));
        return new AccessToken(encodedPayload + "." + Base64Url.EncodeToString(Mac(encodedPayload)));
    }

    /// <summary>Throws <see cref="NotAuthenticatedException"/> for a forged, malformed or expired token.</summary>
    public VerifiedToken Verify(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Value.Split('.');
        if (parts.Length != 2
            || !TryDecode(parts[1], out var mac)
            || !CryptographicOperations.FixedTimeEquals(mac, Mac(parts[0]))
            || !TryDecode(parts[0], out var json))
        {
            throw Dead();
        }

        AccessTokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json, AccessTokenJsonContext.Default.AccessTokenPayload);
        }
        catch (JsonException)
        {
            throw Dead();
        }

        if (payload is null
            || !Domain.Common.Identifier.IsValid(payload.UserId)
            || payload.Exp <= time.GetUtcNow().ToUnixTimeSeconds())
        {
            throw Dead();
        }

        return new VerifiedToken(new UserId(payload.UserId!), CustomerPortal);
    }

    private byte[] Mac(string encodedPayload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(encodedPayload));

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }

    private static NotAuthenticatedException Dead() => new("The sign-in has expired or is not valid; please sign in again.");
}
