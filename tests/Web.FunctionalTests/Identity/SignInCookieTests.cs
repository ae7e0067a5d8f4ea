using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Web.Configuration;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>The chunked sign-in cookie on its own, for the sign-ins no fake backend hands out.</summary>
public sealed class SignInCookieTests
{
    private static readonly IOptions<WebOptions> Settings = Options.Create(new WebOptions { SecretKey = PortalApp.SecretKey });

    private readonly SignInCookie cookie = new(new SecretKeyring(Settings), Settings, TimeProvider.System);

    [Fact]
    public void The_largest_sign_in_fits_in_the_chunks_a_browser_keeps_and_reads_back()
    {
        // Every character of the token doubles in JSON and every character of the name becomes a six-character escape.
        var largest = new PortalSignIn(new string('"', AccessToken.MaxLength), new string('u', Identifier.MaxLength), new string('\u0001', 300));

        var setCookies = Write(largest);

        Assert.InRange(setCookies.Length, 2, SignInCookie.MaxChunks);
        Assert.All(setCookies, header => Assert.True(Encoding.UTF8.GetByteCount(header) < 4000, $"{Encoding.UTF8.GetByteCount(header)} bytes"));
        var read = Read(setCookies);
        Assert.Equal(largest.Token, read.Token);
        Assert.Equal(largest.UserId, read.UserId);
        Assert.Equal(SignInCookie.MaxDisplayNameLength, read.DisplayName.Length);
    }

    [Fact]
    public void A_long_display_name_is_shortened_without_cutting_a_character_in_two()
    {
        var name = new string('a', SignInCookie.MaxDisplayNameLength - 1) + "\U0001F600" + "tail";

        var read = Read(Write(new PortalSignIn(Samples.AdaToken, Samples.AdaId, name)));

        Assert.Equal(new string('a', SignInCookie.MaxDisplayNameLength - 1), read.DisplayName);
    }

    private string[] Write(PortalSignIn signIn)
    {
        var context = new DefaultHttpContext();
        cookie.Write(context.Response, signIn);
        return context.Response.Headers.SetCookie.Select(header => header!).ToArray();
    }

    private PortalSignIn Read(string[] setCookies)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = string.Join("; ", setCookies.Select(header => header[..header.IndexOf(';', StringComparison.Ordinal)]));
        Assert.True(cookie.TryRead(context.Request, out var signIn));
        return signIn;
    }
}
