using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;
using Portal.LoadRun.Hosting;

namespace Portal.LoadRun.Bare;

/// <summary>
/// Reads the caller from Portal's own sign-in cookie, <c>base64url(json).base64url(mac)</c> split over <c>portal_auth</c>,
/// <c>portal_auth.1</c>, …, as Portal does, except that the
/// MAC is not checked: the bare endpoint does not know SECRET_KEY's derived keys. That check is one HMAC-SHA256 over a
/// couple of hundred bytes, about a microsecond, which Portal pays and the bare endpoint does not.
/// </summary>
internal static class SignInCookieReader
{
    public static bool TryRead(HttpRequest request, string tenantId, [NotNullWhen(true)] out TenantScope? scope)
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

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(value.AsSpan(0, dot)))
        {
            return false;
        }

        SignInCookiePayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<SignInCookiePayload>(Base64Url.DecodeFromChars(value.AsSpan(0, dot)));
        }
        catch (JsonException)
        {
            return false;
        }

        if (payload is not { Version: 3, Token.Length: > 0, UserId.Length: > 0 })
        {
            return false;
        }

        var platform = payload.PlatformUserId is { } user && payload.Customers?.GetValueOrDefault(tenantId) is { } customer and > 0
            ? new PlatformIdentity(user, customer)
            : null;
        scope = new TenantScope(new AccessToken(payload.Token), new UserId(payload.UserId), new TenantId(tenantId), platform);
        return true;
    }
}
