using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Identity;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>The request's sign-in as <see cref="SignedInWork"/> reads it, on its own.</summary>
public sealed class SignedInWorkTests
{
    /// <summary>
    /// A Platform page asks for the sign-in twice, in its Platform link filter and then in the page. Its response shows
    /// one deletion per chunk either way (ASP.NET Core replaces an earlier deletion of the same cookie), so the deletions
    /// themselves are counted: the cookie is read, and deleted, once.
    /// </summary>
    [Fact]
    public void A_cookie_that_does_not_read_is_read_and_deleted_once_however_often_the_request_asks_for_its_sign_in()
    {
        using var app = new PortalApp();
        using var scope = app.Services.CreateScope();
        var signedIn = scope.ServiceProvider.GetRequiredService<SignedInWork>();
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = SignInCookie.Name + "=tampered; " + SignInCookie.Name + ".1=chunk";
        var cookies = new DeletionRecordingCookies(new ResponseCookiesFeature(context.Features).Cookies);
        context.Features.Set<IResponseCookiesFeature>(cookies);

        var byFilter = signedIn.TryGetSignIn(context, out _);
        var byPage = signedIn.TryGetSignIn(context, out _);

        Assert.Equal((false, false), (byFilter, byPage));
        Assert.Equal([SignInCookie.Name, SignInCookie.Name + ".1"], cookies.Deleted);
    }
}
