using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Web.Identity;

namespace Portal.Web.Security;

/// <summary>
/// Stateless CSRF tokens: <c>base64url(HMAC-SHA256(csrfKey, purpose + "\n" + binding))</c>. The binding is the hash of the
/// signed-in token, or before sign-in a random nonce kept in its own cookie; the purpose names the form ("logout",
/// "tickets.reply:{tenant}:{ticket}"), so a token for one form is refused by another.
/// </summary>
public sealed class CsrfTokens(SecretKeyring keys)
{
    public const string FieldName = "__csrf";
    public const string LoginNonceCookie = "portal_login_nonce";

    public string ForSignIn(PortalSignIn signIn, string purpose) => Compute(purpose, SignInCookie.TokenFingerprint(signIn));

    /// <summary>The token for the login form, creating the pre-login nonce cookie when the browser has none yet.</summary>
    public string ForLogin(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = context.Request.Cookies[LoginNonceCookie];
        if (!IsNonce(nonce))
        {
            nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            context.Response.Cookies.Append(LoginNonceCookie, nonce, SignInCookie.Options(context.Request));
        }

        return Compute("login", nonce!);
    }

    /// <summary>
    /// Throws <see cref="CsrfRejectedException"/> unless the posted form carries <paramref name="signIn"/>'s token for
    /// <paramref name="purpose"/>. The caller passes the sign-in it already read, so the cookie is read once a request.
    /// </summary>
    public void Demand(HttpRequest request, PortalSignIn signIn, string purpose)
    {
        ArgumentNullException.ThrowIfNull(request);
        DemandMatch(request, purpose, SignInCookie.TokenFingerprint(signIn));
    }

    public void DemandForLogin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nonce = request.Cookies[LoginNonceCookie];
        if (!IsNonce(nonce))
        {
            throw new CsrfRejectedException();
        }

        DemandMatch(request, "login", nonce!);
    }

    public static void ClearLoginNonce(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(LoginNonceCookie, SignInCookie.Options(response.HttpContext.Request));
    }

    private void DemandMatch(HttpRequest request, string purpose, string binding)
    {
        var posted = request.HasFormContentType ? request.Form[FieldName].ToString() : string.Empty;
        if (posted.Length is 0 or > 128 || !Base64Url.IsValid(posted))
        {
            throw new CsrfRejectedException();
        }

        var expected = Mac(purpose, binding);
        var actual = Base64Url.DecodeFromChars(posted);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            throw new CsrfRejectedException();
        }
    }

    private string Compute(string purpose, string binding) => Base64Url.EncodeToString(Mac(purpose, binding));

    private byte[] Mac(string purpose, string binding) =>
        HMACSHA256.HashData(keys.CsrfKey, Encoding.UTF8.GetBytes(purpose + "\n" + binding));

    private static bool IsNonce(string? value) => value is { Length: > 20 and < 100 } && Base64Url.IsValid(value);
}
