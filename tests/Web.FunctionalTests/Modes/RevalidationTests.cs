using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Tenants;
using Portal.Web.Configuration;

namespace Portal.Web.FunctionalTests.Modes;

/// <summary>
/// A user with a Platform id is re-validated with <c>users/session/validate/</c> at most every 10 minutes, without server
/// state: the cookie carries the membership fingerprint and when it was checked, and is re-issued when re-checked.
/// </summary>
public sealed class RevalidationTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Within_ten_minutes_nothing_is_asked_then_the_same_fingerprint_only_moves_the_stamp()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var signedInAt = app.Clock.GetUtcNow();

        app.Clock.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1")).StatusCode);
        Assert.Single(app.Sessions.Validations);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var listingsBefore = app.Tenants.Listings;
        var response = await browser.GetAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Sessions.Validations.Count);
        var reissued = IssuedSignIn.From(app, response);
        Assert.NotNull(reissued);
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(), reissued.MembershipCheckedAt?.ToUnixTimeSeconds());
        Assert.Equal(signedInAt.ToUnixTimeSeconds(), reissued.SignedInAt.ToUnixTimeSeconds());
        Assert.Equal(app.Sessions.MembershipHash, reissued.MembershipHash);

        // An unchanged fingerprint costs the one session call: the tenants are not listed again (the practice header's
        // were listed by the page before, a second ago).
        Assert.Equal(listingsBefore, app.Tenants.Listings);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1")).StatusCode);
        Assert.Equal(2, app.Sessions.Validations.Count);
    }

    [Fact]
    public async Task A_changed_fingerprint_refreshes_the_tenants_links_and_roles()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Tenants.Regrant(Samples.Ada.Id, new Tenant(new TenantId("tenant-2"), "Shelbyville Practice", TenantStatus.Active, "billing", []) { PlatformCustomerId = 80 });
        app.Sessions.MembershipHash = "ffffeeeeddddcccc";
        app.Clock.Advance(Interval);
        var listingsBefore = app.Tenants.Listings;

        var response = await browser.GetAsync("/t/tenant-1/billing");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reissued = IssuedSignIn.From(app, response);
        Assert.NotNull(reissued);
        Assert.Equal("ffffeeeeddddcccc", reissued.MembershipHash);
        Assert.Equal(80, reissued.PlatformCustomerFor("tenant-2"));
        Assert.Equal(listingsBefore + 2, app.Tenants.Listings);
        Assert.Contains("Shelbyville Practice <span class=\"muted\">(Billing)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_the_Platform_no_longer_accepts_is_signed_out_with_a_clear_message()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Sessions.Revoked[Samples.AdaPlatformId] = true;
        app.Clock.Advance(Interval);

        var response = await browser.GetAsync("/t/tenant-1/patients");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ended=true", response.Headers.Location?.OriginalString);
        Assert.Null(IssuedSignIn.From(app, response));
        var (_, login) = await browser.GetPageAsync("/login?ended=true");
        Assert.Contains("Your sign-in has ended: your account is no longer active for this portal.", login, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/t/tenant-1")).StatusCode);
    }

    [Fact]
    public async Task A_Platform_that_does_not_answer_is_asked_again_a_minute_later_not_on_every_page()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Sessions.Failure = new BackendUnavailableException("accounts", "timed out");
        app.Clock.Advance(Interval);

        var response = await browser.GetAsync("/t/tenant-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Sessions.Validations.Count);
        Assert.Equal(
            (app.Clock.GetUtcNow() - Interval + TimeSpan.FromMinutes(1)).ToUnixTimeSeconds(),
            IssuedSignIn.From(app, response)?.MembershipCheckedAt?.ToUnixTimeSeconds());

        app.Clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1")).StatusCode);
        Assert.Equal(2, app.Sessions.Validations.Count);

        app.Sessions.Failure = null;
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var next = await browser.GetAsync("/t/tenant-1");
        Assert.Equal(3, app.Sessions.Validations.Count);
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(), IssuedSignIn.From(app, next)?.MembershipCheckedAt?.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task With_the_Platform_alone_the_user_is_re_validated_by_their_own_id()
    {
        using var app = new PortalApp(modes: new BackendModes(Htpi: false, Platform: true));
        using var browser = await app.SignedInBrowser();
        app.Sessions.Revoked[Samples.AdaPlatformId] = true;

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/7")).StatusCode);
        app.Clock.Advance(Interval);
        var response = await browser.GetAsync("/t/7");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ended=true", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Without_the_Platform_nobody_is_re_validated()
    {
        using var app = new PortalApp(modes: new BackendModes(Htpi: true, Platform: false));
        using var browser = await app.SignedInBrowser();
        app.Clock.Advance(Interval);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1")).StatusCode);

        Assert.Empty(app.Sessions.Validations);
    }

    [Fact]
    public async Task With_both_backends_the_roles_shown_are_the_Platforms_and_a_changed_fingerprint_refreshes_them()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "billing";
        using var browser = await app.SignedInBrowser();

        var (_, picker) = await browser.GetPageAsync("/tenants");
        Assert.Contains("<strong class=\"role\">Billing</strong>", picker, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"role\">Viewer</strong>", picker, StringComparison.Ordinal);

        app.Sessions.Memberships[Samples.ClinicCustomer] = "tech";
        var (_, unchanged) = await browser.GetPageAsync("/t/tenant-1");
        Assert.Contains("your role on the </span>Platform: Billing</span>", unchanged, StringComparison.Ordinal);

        app.Sessions.MembershipHash = "ffffeeeeddddcccc";
        app.Clock.Advance(Interval);
        var (_, refreshed) = await browser.GetPageAsync("/t/tenant-1");
        Assert.Contains("your role on the </span>Platform: Tech</span>", refreshed, StringComparison.Ordinal);
    }
}
