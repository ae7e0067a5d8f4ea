using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;
using Portal.Web.Configuration;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>The chunked sign-in cookie on its own, for the sign-ins no fake backend hands out.</summary>
public sealed class SignInCookieTests : IDisposable
{
    private static readonly IOptions<WebOptions> Settings = Options.Create(new WebOptions { SecretKey = PortalApp.SecretKey });

    private readonly SignInCookie cookie = new(new SecretKeyring(Settings), Settings, TimeProvider.System);

    public void Dispose() => cookie.Dispose();

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

    [Fact]
    public void A_long_token_with_every_Platform_link_role_and_the_time_zone_fits_and_reads_back_whole()
    {
        var signIn = WithEveryLink(new string('t', AccessToken.MaxLength), out var tenants);

        var read = Read(Write(signIn));

        Assert.Equal(PortalSignIn.MaxPlatformCustomers, read.PlatformCustomers.Count);
        Assert.Equal(PortalSignIn.MaxPlatformCustomers, read.PlatformRoles.Count);
        Assert.Equal(signIn.TimeZone, read.TimeZone);
        Assert.Equal("billing", read.AccessTo(tenants[^1].Id.Value).PlatformRole);
    }

    [Fact]
    public void A_sign_in_too_large_for_its_chunks_keeps_fewer_Platform_links_rather_than_failing()
    {
        // Every character of this token doubles in JSON: with all 32 links the cookie would need five chunks.
        var signIn = WithEveryLink(new string('"', AccessToken.MaxLength), out _);

        var read = Read(Write(signIn));

        Assert.InRange(read.PlatformCustomers.Count, 1, PortalSignIn.MaxPlatformCustomers - 1);
        Assert.All(read.PlatformCustomers, link => Assert.Equal("billing", read.AccessTo(link.Key).PlatformRole));
        Assert.Equal(read.PlatformCustomers.Count, read.PlatformRoles.Count);
        Assert.Equal(signIn.Token, read.Token);
    }

    private static PortalSignIn WithEveryLink(string token, out List<Tenant> tenants)
    {
        tenants = Enumerable.Range(1, PortalSignIn.MaxPlatformCustomers)
            .Select(n => new Tenant(new TenantId(new string('t', Identifier.MaxLength - 3) + n.ToString("D3", CultureInfo.InvariantCulture)), "Practice", TenantStatus.Active, "owner", [])
            {
                PlatformCustomerId = long.MaxValue - n,
            })
            .ToList();
        var memberships = tenants.Select(tenant => new PlatformMembership(tenant.PlatformCustomerId!.Value, "billing")).ToList();
        return new PortalSignIn(token, new string('u', Identifier.MaxLength), new string('\u0001', 300))
        {
            PlatformUserId = long.MaxValue,
            MembershipHash = new string('f', 16),
            MembershipCheckedAt = DateTimeOffset.UnixEpoch.AddYears(60),
            TimeZone = new string('z', PortalSignIn.MaxTimeZoneLength),
        }.WithLinksOf(tenants).WithRolesOf(memberships);
    }

    [Fact]
    public void With_the_Platform_alone_the_role_in_each_customer_is_kept_and_travels_with_the_access()
    {
        var signIn = new PortalSignIn(Samples.AdaToken, "2101", "Dana") { PlatformUserId = 2101, TenantsAreCustomers = true, TimeZone = "Europe/Bucharest" }
            .WithRolesOf([new PlatformMembership(2101, "owner"), new PlatformMembership(2102, "viewer")]);

        var read = Read(Write(signIn));

        Assert.Equal("owner", read.AccessTo("2101").PlatformRole);
        Assert.Equal("viewer", read.AccessTo("2102").PlatformRole);
        Assert.Null(read.AccessTo("2103").PlatformRole);
        Assert.Equal("Europe/Bucharest", read.TimeZone);
    }

    /// <summary>
    /// Whoever logs the Cookie header learns nothing of the backend token or the e-mail address (the display name when the
    /// backend gives no name): neither as it is, nor base64 or base64url encoded at any of the three byte alignments it
    /// could have inside an encoded payload.
    /// </summary>
    [Fact]
    public void The_cookie_value_shows_neither_the_token_nor_the_e_mail_in_any_encoding()
    {
        const string token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJlbWFpbCI6ImFkYUBleGFtcGxlLmNvbSJ9.c2lnbmF0dXJlLW9mLXRoZS1iYWNrZW5k";
        var signIn = new PortalSignIn(token, Samples.AdaId, Samples.AdaEmail) { TimeZone = "Europe/Bucharest" };

        var value = Value(Assert.Single(Write(signIn)));

        Assert.All(
            new[] { token, Samples.AdaEmail }.SelectMany(EncodedForms),
            form => Assert.DoesNotContain(form, value, StringComparison.Ordinal));
        Assert.Equal(token, Read(Write(signIn)).Token);
    }

    [Fact]
    public void A_bit_flipped_anywhere_in_the_nonce_ciphertext_or_tag_reads_as_signed_out()
    {
        var sealedPayload = Base64Url.DecodeFromChars(Value(Assert.Single(Write(new PortalSignIn(Samples.AdaToken, Samples.AdaId, "Ada Lovelace")))));

        for (var bit = 0; bit < sealedPayload.Length * 8; bit++)
        {
            var flipped = sealedPayload.ToArray();
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(TryRead(SignInCookie.Name + "=" + Base64Url.EncodeToString(flipped)), $"Bit {bit} of {sealedPayload.Length * 8} flipped still reads.");
        }

        Assert.True(TryRead(SignInCookie.Name + "=" + Base64Url.EncodeToString(sealedPayload)));
    }

    [Fact]
    public void The_same_sign_in_is_sealed_under_a_new_nonce_each_time()
    {
        var signIn = new PortalSignIn(Samples.AdaToken, Samples.AdaId, "Ada Lovelace");

        var first = Base64Url.DecodeFromChars(Value(Assert.Single(Write(signIn))));
        var second = Base64Url.DecodeFromChars(Value(Assert.Single(Write(signIn))));

        Assert.Equal(first.Length, second.Length);
        Assert.NotEqual(first.AsSpan(0, 12).ToArray(), second.AsSpan(0, 12).ToArray());
        Assert.NotEqual(first.AsSpan(12).ToArray(), second.AsSpan(12).ToArray());
    }

    /// <summary>
    /// <paramref name="secret"/> as it is and the base64 and base64url characters that depend on its bytes alone, for each
    /// of the three places a byte can take in a base64 group.
    /// </summary>
    private static IEnumerable<string> EncodedForms(string secret)
    {
        yield return secret;
        var bytes = Encoding.UTF8.GetBytes(secret);
        for (var offset = 0; offset < 3; offset++)
        {
            var shifted = new byte[offset + bytes.Length];
            bytes.CopyTo(shifted, offset);
            var first = ((offset * 8) + 5) / 6;
            var end = shifted.Length * 8 / 6;
            yield return Convert.ToBase64String(shifted)[first..end];
            yield return Base64Url.EncodeToString(shifted)[first..end];
        }
    }

    private static string Value(string setCookie) => setCookie[(setCookie.IndexOf('=', StringComparison.Ordinal) + 1)..setCookie.IndexOf(';', StringComparison.Ordinal)];

    private bool TryRead(string cookieHeader)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = cookieHeader;
        return cookie.TryRead(context.Request, out _);
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
