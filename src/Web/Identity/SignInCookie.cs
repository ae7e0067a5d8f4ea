using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Web.Security;

namespace Portal.Web.Identity;

/// <summary>
/// The sign-in cookie: <c>base64url(json).base64url(HMAC-SHA256(json))</c> with a key derived from SECRET_KEY. It is the
/// only place Portal keeps who is signed in, so any instance with the same SECRET_KEY reads it and none stores anything.
/// HttpOnly, SameSite=Strict, Secure when the request came over HTTPS.
/// </summary>
public sealed class SignInCookie(SecretKeyring keys)
{
    public const string Name = "portal_auth";

    /// <summary>Browsers keep cookies of up to about 4 KB; anything longer cannot be one of ours.</summary>
    private const int MaxCookieLength = 8192;

    public void Write(HttpResponse response, PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(signIn);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new CookiePayload(1, signIn.Token, signIn.UserId, signIn.DisplayName));
        var value = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(keys.SignInCookieKey, payload));
        response.Cookies.Append(Name, value, Options(response.HttpContext.Request));
    }

    public void Clear(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(Name, Options(response.HttpContext.Request));
    }

    public bool TryRead(HttpRequest request, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        ArgumentNullException.ThrowIfNull(request);
        signIn = null;
        var value = request.Cookies[Name];
        if (string.IsNullOrEmpty(value) || value.Length > MaxCookieLength)
        {
            return false;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(value[..dot], out var payload) || !TryDecode(value[(dot + 1)..], out var mac))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(keys.SignInCookieKey, payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac))
        {
            return false;
        }

        CookiePayload? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CookiePayload>(payload);
        }
        catch (JsonException)
        {
            return false;
        }

        if (parsed is not { Version: 1, Token.Length: > 0, UserId.Length: > 0 })
        {
            return false;
        }

        signIn = new PortalSignIn(parsed.Token, parsed.UserId, parsed.Name ?? string.Empty);
        return true;
    }

    /// <summary>A hash of the signed-in token, for binding CSRF tokens to this sign-in without repeating the token.</summary>
    public static string TokenFingerprint(PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(signIn.Token)));
    }

    public static CookieOptions Options(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        IsEssential = true,
    };

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }

    private sealed record CookiePayload(int Version, string Token, string UserId, string? Name);
}
