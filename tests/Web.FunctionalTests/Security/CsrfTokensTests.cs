using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Portal.Web.Configuration;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.FunctionalTests.Security;

/// <summary>A form's CSRF token is checked against the sign-in the caller already read and the form's purpose.</summary>
public sealed class CsrfTokensTests
{
    private static readonly PortalSignIn Ada = new(Samples.AdaToken, Samples.AdaId, "Ada Lovelace");
    private static readonly PortalSignIn Bob = new(Samples.BobToken, Samples.BobId, "Bob Builder");

    private static readonly SecretKeyring Keys = new(Options.Create(new WebOptions { SecretKey = PortalApp.SecretKey }));

    private readonly CsrfTokens csrf = new(Keys, TimeProvider.System);

    /// <summary>
    /// The token is computed without intermediate strings (it is on every page, in the Sign out form): it is still exactly
    /// <c>base64url(HMAC-SHA256(key, purpose + "\n" + base64url(SHA-256(token))))</c>, so tokens served before the change
    /// and by other instances are still accepted; a token or purpose too long for the stack takes the pooled path.
    /// </summary>
    [Theory]
    [InlineData(1, "logout", 1)]
    [InlineData(2_000, "logout", 1)]
    [InlineData(1, "tickets.reply:tenant-é:ticket-1", 1)]
    [InlineData(1, "a purpose longer than the stack room ", 40)]
    public void A_token_is_the_documented_mac_of_the_purpose_and_the_token_fingerprint(int tokenRepeat, string purposePart, int purposeRepeat)
    {
        var signIn = Ada with { Token = string.Concat(Enumerable.Repeat(Samples.AdaToken + "·", tokenRepeat)) };
        var purpose = string.Concat(Enumerable.Repeat(purposePart, purposeRepeat));
        var fingerprint = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(signIn.Token)));
        var expected = Base64Url.EncodeToString(HMACSHA256.HashData(Keys.CsrfKey, Encoding.UTF8.GetBytes(purpose + "\n" + fingerprint)));

        var token = csrf.ForSignIn(signIn, purpose);

        Assert.Equal(expected, token);
        csrf.Demand(Posting(token), signIn, purpose);
    }

    [Fact]
    public void A_token_is_accepted_for_its_own_sign_in_and_purpose()
    {
        var token = csrf.ForSignIn(Ada, "logout");

        csrf.Demand(Posting(token), Ada, "logout");
    }

    [Fact]
    public void A_token_is_refused_for_another_sign_in_or_another_purpose()
    {
        var token = csrf.ForSignIn(Ada, "logout");

        Assert.Throws<CsrfRejectedException>(() => csrf.Demand(Posting(token), Bob, "logout"));
        Assert.Throws<CsrfRejectedException>(() => csrf.Demand(Posting(token), Ada, "tickets.create:tenant-1"));
        Assert.Throws<CsrfRejectedException>(() => csrf.Demand(Posting(string.Empty), Ada, "logout"));
    }

    private static HttpRequest Posting(string token)
    {
        var request = new DefaultHttpContext().Request;
        request.ContentType = "application/x-www-form-urlencoded";
        request.Form = new FormCollection(new Dictionary<string, StringValues> { [CsrfTokens.FieldName] = token });
        return request;
    }
}
