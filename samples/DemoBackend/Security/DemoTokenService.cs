using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Security;

/// <summary>
/// Issues and checks the HS256 JWTs of the HTPI auth service, <c>{user_id, email, role, portal, exp, jti}</c>, valid 24 h,
/// written by hand (HMAC-SHA256 and base64url) because the demo needs nothing more than that. <c>jti</c> makes every
/// token distinct, so ending one (<c>htpi.auth.logout</c>) never ends another sign-in of the same user; ended tokens
/// are remembered until they would have expired anyway.
/// </summary>
internal sealed class DemoTokenService(byte[] secret, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> ended = new(StringComparer.Ordinal);

    public const string CustomerPortal = "customer";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private static readonly byte[] Header = JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" });

    public string Issue(DemoUser user) => Issue(user.Id, user.Email, user.Role, clock.GetUtcNow() + Lifetime);

    public string Issue(string userId, string email, string role, DateTimeOffset expiresAt)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new
        {
            user_id = userId,
            email,
            role,
            portal = CustomerPortal,
            exp = expiresAt.ToUnixTimeSeconds(),
            jti = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)),
        });
        var signingInput = Base64Url.EncodeToString(Header) + "." + Base64Url.EncodeToString(payload);
        return signingInput + "." + Base64Url.EncodeToString(Sign(signingInput));
    }

    /// <summary>Ends a valid token: it no longer validates. False when the token was not valid to begin with.</summary>
    public bool End(string? token)
    {
        if (Validate(token) is not { } claims)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var (expired, _) in ended.Where(entry => entry.Value <= now))
        {
            ended.TryRemove(expired, out _);
        }

        ended[token!] = claims.ExpiresAt;
        return true;
    }

    /// <summary>The claims of a well-formed, correctly signed, unexpired customer-portal token not ended; otherwise null.</summary>
    public DemoTokenClaims? Validate(string? token)
    {
        if (token is null || ended.ContainsKey(token))
        {
            return null;
        }

        var parts = token?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        try
        {
            var signature = Base64Url.DecodeFromChars(parts[2]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
            {
                return null;
            }

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            var claims = new DemoTokenClaims(
                root.GetProperty("user_id").GetString() ?? string.Empty,
                root.GetProperty("email").GetString() ?? string.Empty,
                root.GetProperty("role").GetString() ?? string.Empty,
                root.GetProperty("portal").GetString() ?? string.Empty,
                expiresAt);
            return expiresAt > clock.GetUtcNow() && claims.Portal == CustomerPortal ? claims : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
}
