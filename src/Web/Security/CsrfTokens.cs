using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Web.Identity;

namespace Portal.Web.Security;

/// <summary>
/// Stateless CSRF tokens: <c>base64url(HMAC-SHA256(csrfKey, purpose + "\n" + binding))</c>. The binding is the hash of the
/// signed-in token, or before sign-in a nonce kept in its own cookie; the purpose names the form ("logout",
/// "tickets.reply:{tenant}:{ticket}"), so a token for one form is refused by another. The login nonce is
/// <c>random.issuedAtUnixSeconds</c>: the token MACs the whole nonce, so its issue time cannot be moved, and a login form
/// older than <see cref="LoginFormLifetime"/> is refused without anything being remembered.
/// </summary>
public sealed class CsrfTokens(SecretKeyring keys, TimeProvider clock)
{
    public const string FieldName = "__csrf";
    public const string LoginNonceCookie = "portal_login_nonce";

    /// <summary>How long a login form may be posted after it was served.</summary>
    public static readonly TimeSpan LoginFormLifetime = TimeSpan.FromHours(1);

    /// <summary>How far another instance's clock may be ahead of this one's.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>Room on the stack for a token's or a purpose's UTF-8 bytes; longer ones take a pooled array.</summary>
    private const int StackBytes = 1024;

    /// <summary>
    /// <c>Compute(purpose, SignInCookie.TokenFingerprint(signIn))</c> without its intermediate strings and arrays: the layout
    /// asks for the Sign out form's token on every page.
    /// </summary>
    public string ForSignIn(PortalSignIn signIn, string purpose)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        SignInMac(signIn, purpose, mac);
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>
    /// The token for the login form. The browser's nonce is kept while it is fresh; a missing or expired one, or any after
    /// a login was posted (<paramref name="fresh"/>), is replaced, so a browser never posts the same nonce twice.
    /// </summary>
    public string ForLogin(HttpContext context, bool fresh = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = context.Request.Cookies[SignInCookie.NameFor(context.Request, LoginNonceCookie)];
        if (fresh || !IsFreshNonce(nonce))
        {
            nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)) + "."
                + clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            context.Response.Cookies.Append(SignInCookie.NameFor(context.Request, LoginNonceCookie), nonce, SignInCookie.Options(context.Request));
        }

        return Compute("login", nonce);
    }

    /// <summary>
    /// Throws <see cref="CsrfRejectedException"/> unless the posted form carries <paramref name="signIn"/>'s token for
    /// <paramref name="purpose"/>. The caller passes the sign-in it already read, so the cookie is read once a request.
    /// </summary>
    public void Demand(HttpRequest request, PortalSignIn signIn, string purpose)
    {
        ArgumentNullException.ThrowIfNull(request);
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        SignInMac(signIn, purpose, expected);
        DemandMatch(request, expected);
    }

    public void DemandForLogin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nonce = request.Cookies[SignInCookie.NameFor(request, LoginNonceCookie)];
        if (!IsFreshNonce(nonce))
        {
            throw new CsrfRejectedException();
        }

        DemandMatch(request, Mac("login", nonce));
    }

    public static void ClearLoginNonce(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.HttpContext.Request;
        response.Cookies.Delete(SignInCookie.NameFor(request, LoginNonceCookie), SignInCookie.Options(request));
    }

    private static void DemandMatch(HttpRequest request, ReadOnlySpan<byte> expected)
    {
        var posted = request.HasFormContentType ? request.Form[FieldName].ToString() : string.Empty;
        if (posted.Length is 0 or > 128 || !Base64Url.IsValid(posted))
        {
            throw new CsrfRejectedException();
        }

        var actual = Base64Url.DecodeFromChars(posted);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            throw new CsrfRejectedException();
        }
    }

    private string Compute(string purpose, string binding) => Base64Url.EncodeToString(Mac(purpose, binding));

    private byte[] Mac(string purpose, string binding) =>
        HMACSHA256.HashData(keys.CsrfKey, Encoding.UTF8.GetBytes(purpose + "\n" + binding));

    /// <summary>The MAC of <c>purpose + "\n" + base64url(SHA-256(token))</c>: the binding is the sign-in's token fingerprint.</summary>
    private void SignInMac(PortalSignIn signIn, string purpose, Span<byte> mac)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(purpose);
        Span<byte> tokenHash = stackalloc byte[SHA256.HashSizeInBytes];
        var tokenLength = Encoding.UTF8.GetByteCount(signIn.Token);
        var rentedToken = tokenLength > StackBytes ? ArrayPool<byte>.Shared.Rent(tokenLength) : null;
        Span<byte> token = rentedToken is null ? stackalloc byte[StackBytes] : rentedToken;
        Encoding.UTF8.GetBytes(signIn.Token, token);
        SHA256.HashData(token[..tokenLength], tokenHash);
        if (rentedToken is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedToken, clearArray: true);
        }

        // The purpose, a line break, then the fingerprint (32 bytes are 43 base64url characters).
        const int FingerprintLength = 43;
        var purposeLength = Encoding.UTF8.GetByteCount(purpose);
        var length = purposeLength + 1 + FingerprintLength;
        var rentedMessage = length > StackBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> message = rentedMessage is null ? stackalloc byte[StackBytes] : rentedMessage;
        Encoding.UTF8.GetBytes(purpose, message);
        message[purposeLength] = (byte)'\n';
        Base64Url.EncodeToUtf8(tokenHash, message.Slice(purposeLength + 1, FingerprintLength));
        HMACSHA256.HashData(keys.CsrfKey, message[..length], mac);
        if (rentedMessage is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedMessage);
        }
    }

    /// <summary>A nonce this class wrote, served less than <see cref="LoginFormLifetime"/> ago.</summary>
    private bool IsFreshNonce([NotNullWhen(true)] string? value)
    {
        if (value is not { Length: > 20 and < 100 } || value.Split('.') is not [var random, var issued]
            || !Base64Url.IsValid(random)
            || !long.TryParse(issued, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age <= LoginFormLifetime && age >= -ClockSkew;
    }
}
