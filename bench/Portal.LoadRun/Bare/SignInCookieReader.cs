using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;
using Portal.LoadRun.Hosting;

namespace Portal.LoadRun.Bare;

/// <summary>
/// Reads the caller from Portal's own sign-in cookie, <c>base64url(nonce ‖ AES-256-GCM(json) ‖ tag)</c> split over
/// <c>portal_auth</c>, <c>portal_auth.1</c>, …, as Portal does: the token is only there sealed, so the bare endpoint
/// derives Portal's cookie key from the same SECRET_KEY and opens it (GCM's tag check included), one AesGcm per thread at
/// a time as Portal keeps them. What it leaves out is Portal's checks of the payload and its lifetimes.
/// </summary>
internal sealed class SignInCookieReader(string secretKey) : IDisposable
{
    private const int NonceLength = 12;
    private const int TagLength = 16;

    /// <summary>Portal's SecretKeyring derives the cookie's key so.</summary>
    private readonly byte[] key = HKDF.DeriveKey(
        HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secretKey), 32, salt: null, info: "portal/sign-in-cookie/aes-256-gcm/v1"u8.ToArray());

    private readonly ConcurrentBag<AesGcm> ciphers = [];

    public bool TryRead(HttpRequest request, string tenantId, [NotNullWhen(true)] out TenantScope? scope)
    {
        scope = null;
        var value = request.Cookies[PortalLogin.SignInCookie];
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        for (var chunk = 1; request.Cookies[PortalLogin.SignInCookie + "." + chunk.ToString(CultureInfo.InvariantCulture)] is { } next; chunk++)
        {
            value += next;
        }

        if (!Base64Url.IsValid(value, out var sealedLength) || sealedLength <= NonceLength + TagLength)
        {
            return false;
        }

        var sealedPayload = Base64Url.DecodeFromChars(value);
        var json = new byte[sealedLength - NonceLength - TagLength];
        var cipher = ciphers.TryTake(out var pooled) ? pooled : new AesGcm(key, TagLength);
        SignInCookiePayload? payload;
        try
        {
            cipher.Decrypt(sealedPayload.AsSpan(0, NonceLength), sealedPayload.AsSpan(NonceLength, json.Length), sealedPayload.AsSpan(NonceLength + json.Length), json);
            payload = JsonSerializer.Deserialize<SignInCookiePayload>(json);
        }
        catch (Exception exception) when (exception is AuthenticationTagMismatchException or JsonException)
        {
            return false;
        }
        finally
        {
            ciphers.Add(cipher);
        }

        if (payload is not { Version: 4, Token.Length: > 0, UserId.Length: > 0 })
        {
            return false;
        }

        var platform = payload.PlatformUserId is { } user && payload.Customers?.GetValueOrDefault(tenantId) is { } customer and > 0
            ? new PlatformIdentity(user, customer)
            : null;
        scope = new TenantScope(new AccessToken(payload.Token), new UserId(payload.UserId), new TenantId(tenantId), platform);
        return true;
    }

    public void Dispose()
    {
        while (ciphers.TryTake(out var cipher))
        {
            cipher.Dispose();
        }
    }
}
