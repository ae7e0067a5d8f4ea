using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Web.Configuration;

namespace Portal.Web.Security;

/// <summary>
/// The keys Web derives from SECRET_KEY with HKDF-SHA256, one per use so a value made for one purpose never verifies
/// as another. Every instance with the same SECRET_KEY derives the same keys, so none of them keeps anything.
/// </summary>
public sealed class SecretKeyring
{
    public SecretKeyring(IOptions<WebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = Encoding.UTF8.GetBytes(options.Value.SecretKey);
        SignInCookieKey = Derive(secret, "portal/sign-in-cookie/aes-256-gcm/v1");
        CsrfKey = Derive(secret, "portal/csrf/v1");
        ThrottleKey = Derive(secret, "portal/login-throttle/v1");
    }

    /// <summary>
    /// The AES-256 key that seals the sign-in cookie. Its label is not the one of the MAC key the signed cookies before
    /// had, so no key serves both.
    /// </summary>
    public byte[] SignInCookieKey { get; }

    public byte[] CsrfKey { get; }

    /// <summary>Keys the login throttle's counters, so they hold no address or e-mail in the clear.</summary>
    public byte[] ThrottleKey { get; }

    private static byte[] Derive(byte[] secret, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: null, info: Encoding.UTF8.GetBytes(purpose));
}
