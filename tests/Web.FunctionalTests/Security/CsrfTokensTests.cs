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

    private readonly CsrfTokens csrf = new(new SecretKeyring(Options.Create(new WebOptions { SecretKey = PortalApp.SecretKey })), TimeProvider.System);

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
