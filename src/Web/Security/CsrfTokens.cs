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

    /// <summary>The length of a SHA-256 hash in base64url without padding.</summary>
    private static readonly int FingerprintLength = Base64Url.GetEncodedLength(SHA256.HashSizeInBytes);

    public string ForSignIn(PortalSignIn signIn, string purpose)
    {
        Span<char> binding = stackalloc char[FingerprintLength];
        return Compute(purpose, SignInBinding(signIn, binding));
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
        Span<char> binding = stackalloc char[FingerprintLength];
        DemandMatch(request, purpose, SignInBinding(signIn, binding));
    }

    public void DemandForLogin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nonce = request.Cookies[SignInCookie.NameFor(request, LoginNonceCookie)];
        if (!IsFreshNonce(nonce))
        {
            throw new CsrfRejectedException();
        }

        DemandMatch(request, "login", nonce);
    }

    public static void ClearLoginNonce(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.HttpContext.Request;
        response.Cookies.Delete(SignInCookie.NameFor(request, LoginNonceCookie), SignInCookie.Options(request));
    }

    private void DemandMatch(HttpRequest request, string purpose, ReadOnlySpan<char> binding)
    {
        var posted = request.HasFormContentType ? request.Form[FieldName].ToString() : string.Empty;
        if (posted.Length is 0 or > 128 || !Base64Url.IsValid(posted))
        {
            throw new CsrfRejectedException();
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(purpose, binding, expected);
        Span<byte> actual = stackalloc byte[Base64Url.GetMaxDecodedLength(128)];
        if (!Base64Url.TryDecodeFromChars(posted, actual, out var actualLength)
            || !CryptographicOperations.FixedTimeEquals(expected, actual[..actualLength]))
        {
            throw new CsrfRejectedException();
        }
    }

    /// <summary>The signed-in token's fingerprint (<see cref="SignInCookie.WriteTokenFingerprint"/>, base64url) as text, written into <paramref name="binding"/>.</summary>
    private static ReadOnlySpan<char> SignInBinding(PortalSignIn signIn, Span<char> binding)
    {
        Span<byte> fingerprint = stackalloc byte[SHA256.HashSizeInBytes];
        SignInCookie.WriteTokenFingerprint(signIn, fingerprint);
        return binding[..Base64Url.EncodeToChars(fingerprint, binding)];
    }

    private string Compute(string purpose, ReadOnlySpan<char> binding)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(purpose, binding, mac);
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>
    /// HMAC of <c>purpose + "\n" + binding</c> in UTF-8. Every page asks for a token, so the input is put together in a
    /// pooled buffer rather than as a new string and array.
    /// </summary>
    private void Mac(string purpose, ReadOnlySpan<char> binding, Span<byte> mac)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(purpose.Length + 1 + binding.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(purpose, rented);
            rented[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(binding, rented.AsSpan(length));
            HMACSHA256.HashData(keys.CsrfKey, rented.AsSpan(0, length), mac);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
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
