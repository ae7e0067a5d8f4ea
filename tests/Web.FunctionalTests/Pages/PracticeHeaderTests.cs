using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Domain.Tenants;
using Portal.Web.FunctionalTests.Modes;
using Portal.Web.Identity;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The practice header (name, role, switcher) comes from the practices the sign-in cookie carries; they are listed
/// again, and the cookie re-issued, once they are <see cref="PortalSignIn.PracticesInterval"/> old, so a page costs no
/// tenant list of its own. A user with more practices than the cookie carries has them listed on every page.
/// </summary>
public sealed partial class PracticeHeaderTests
{
    // The role elements: the header's, each of the switcher's practices' and each of the picker's; a role the Platform
    // gave is named as the Platform's.
    private const string HeaderRole = """<span class="visually-hidden">your role(?:: </span>| on the </span>Platform: )(?<role>[^<]*)</span>""";
    private const string SwitcherRole = """<li><a href="/t/[^"]+">[^<]*<span class="muted">\((?:Platform: )?(?<role>[^<]*)\)</span></a></li>""";
    private const string PickerRole = """<p>Your role(?: on the Platform)?: <strong class="role">(?<role>[^<]*)</strong></p>""";

    [Fact]
    public async Task The_header_comes_from_the_cookie_and_its_practices_are_listed_again_a_minute_later()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var first = await browser.GetAsync("/t/tenant-1");
        Assert.Equal(2, IssuedSignIn.From(app, first)?.Practices?.Count);
        var listed = app.Tenants.Listings;
        app.Tenants.Regrant(Samples.Ada.Id, new Tenant(new TenantId("tenant-2"), "Shelbyville Health", TenantStatus.Active, "billing", []));

        var (carried, carriedHtml) = await browser.GetPageAsync("/t/tenant-1/patients");

        Assert.Equal(listed, app.Tenants.Listings);
        Assert.Null(IssuedSignIn.From(app, carried));
        Assert.Contains("<span class=\"practice-name\">Springfield Clinic</span>", carriedHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/t/tenant-2\">Shelbyville Practice <span class=\"muted\">(Viewer)</span></a>", carriedHtml, StringComparison.Ordinal);

        // A practice granted since then is listed at once when the user opens it, so its header names it.
        app.Tenants.Grant(Samples.Ada.Id, new Tenant(new TenantId("tenant-4"), "Ogdenville Clinic", TenantStatus.Active, "viewer", []));
        var (_, grantedHtml) = await browser.GetPageAsync("/t/tenant-4");
        Assert.Equal(listed + 1, app.Tenants.Listings);
        Assert.Contains("<span class=\"practice-name\">Ogdenville Clinic</span>", grantedHtml, StringComparison.Ordinal);

        app.Clock.Advance(PortalSignIn.PracticesInterval);
        var (relisted, relistedHtml) = await browser.GetPageAsync("/t/tenant-1/patients");

        Assert.Equal(listed + 2, app.Tenants.Listings);
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(), IssuedSignIn.From(app, relisted)?.PracticesListedAt?.ToUnixTimeSeconds());
        Assert.Contains("<a href=\"/t/tenant-2\">Shelbyville Health <span class=\"muted\">(Billing)</span></a>", relistedHtml, StringComparison.Ordinal);
    }

    /// <summary>
    /// A Platform viewer is a viewer of the practice's billing, services, support, company and team; the patients are HTPI's,
    /// which has no such role, so the header names the role as the Platform's and the viewer may still add a patient.
    /// </summary>
    [Fact]
    public async Task The_Platforms_role_of_a_linked_practice_is_named_as_the_Platforms_and_does_not_limit_its_patients()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "viewer";
        using var browser = await app.SignedInBrowser();

        var (_, picker) = await browser.GetPageAsync("/tenants");
        var (_, patients) = await browser.GetPageAsync("/t/tenant-1/patients");
        var added = await browser.SubmitAsync(
            "/t/tenant-1/patients/new",
            "/t/tenant-1/patients/new",
            ("FirstName", "Grace"), ("LastName", "Hopper"), ("Email", "grace@example.com"), ("Phone", "+1 555 0100"), ("DateOfBirth", "1906-12-09"));

        Assert.Contains("<p>Your role on the Platform: <strong class=\"role\">Viewer</strong></p>", picker, StringComparison.Ordinal);
        Assert.Contains("<span class=\"practice-role\"><span class=\"visually-hidden\">your role on the </span>Platform: Viewer</span>", patients, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients/new\"", patients, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("Grace", app.Patients.LastCreated?.FirstName);

        // The practice's own role (HTPI's, for a practice without a Platform link) is named as before.
        Assert.Contains("Shelbyville Practice <span class=\"muted\">(Viewer)</span>", patients, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_practice_whose_role_the_backend_did_not_give_shows_none_in_the_header_the_switcher_or_the_picker()
    {
        using var app = new PortalApp();
        app.Tenants.Grant(Samples.Ada.Id, new Tenant(new TenantId("tenant-4"), "Ogdenville Clinic", TenantStatus.Active, null, []));
        using var browser = await app.SignedInBrowser();

        var (listed, ownHtml) = await browser.GetPageAsync("/t/tenant-4");
        var (_, carriedHtml) = await browser.GetPageAsync("/t/tenant-1/patients");
        var (_, pickerHtml) = await browser.GetPageAsync("/tenants");

        // The cookie carries the practice without a role, and the next page's switcher reads it back as having none.
        var issued = IssuedSignIn.From(app, listed);
        Assert.NotNull(issued?.Practices);
        Assert.Null(Assert.Single(issued.Practices, practice => practice.Id.Value == "tenant-4").Role);
        Assert.Contains("<span class=\"practice-name\">Ogdenville Clinic</span></summary>", ownHtml, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/t/tenant-4\">Ogdenville Clinic</a></li>", carriedHtml, StringComparison.Ordinal);
        Assert.Matches("class=\"tenant-link\">Ogdenville Clinic</a>\\s*<p class=\"muted\">Status: Active</p>", pickerHtml);

        // Ada's other two practices still name her role on each page, and no role is made up.
        Assert.All([ownHtml, carriedHtml, pickerHtml], html =>
        {
            var roles = RolesShown(html);
            Assert.Equal(2, roles.Count);
            Assert.All(roles, role => Assert.DoesNotContain("member", role, StringComparison.OrdinalIgnoreCase));
        });
    }

    /// <summary>
    /// The instances before a practice's role could be left out carried the practices, each with its role, as <c>pp</c>:
    /// such a cookie still signs the user in, its practices are listed again and the cookie re-issued with <c>ps</c>.
    /// </summary>
    [Fact]
    public async Task A_cookie_with_the_practices_as_the_older_instances_wrote_them_is_read_and_its_practices_listed_again()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var payload = SignInPayload.Issued(app, await browser.GetAsync("/t/tenant-1"));
        var practices = Assert.IsType<JsonArray>(payload["ps"]);
        payload.Remove("ps");
        Assert.All(practices, practice => Assert.NotNull(practice?["r"]));
        practices[1]!["n"] = "Shelbyville as pp named it";
        payload["pp"] = practices;
        var listed = app.Tenants.Listings;

        var response = await app.GetWithCookiesAsync(SignInPayload.Sealed(app, payload), "/t/tenant-1/patients");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(listed + 1, app.Tenants.Listings);
        Assert.Contains("<a href=\"/t/tenant-2\">Shelbyville Practice <span class=\"muted\">(Viewer)</span></a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("as pp named it", html, StringComparison.Ordinal);
        var reissued = SignInPayload.Issued(app, response);
        Assert.Equal(2, Assert.IsType<JsonArray>(reissued["ps"]).Count);
        Assert.False(reissued.ContainsKey("pp"));
    }

    [Fact]
    public async Task A_practice_carried_without_a_role_is_read_as_having_none()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var payload = SignInPayload.Issued(app, await browser.GetAsync("/t/tenant-1"));
        var shelbyville = Assert.Single(Assert.IsType<JsonArray>(payload["ps"]), practice => (string?)practice?["i"] == "tenant-2")!.AsObject();
        Assert.True(shelbyville.Remove("r"));
        var listed = app.Tenants.Listings;

        var response = await app.GetWithCookiesAsync(SignInPayload.Sealed(app, payload), "/t/tenant-1/patients");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(listed, app.Tenants.Listings);
        Assert.Contains(
            "<li><a href=\"/t/tenant-2\">Shelbyville Practice</a></li>",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    /// <summary>Only a role left out is one not given: a blank one is no role Portal writes, so the cookie does not read, as before.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_practice_carried_with_a_blank_role_makes_the_cookie_unreadable(string role)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var payload = SignInPayload.Issued(app, await browser.GetAsync("/t/tenant-1"));
        Assert.IsType<JsonArray>(payload["ps"])[1]!["r"] = role;

        var response = await app.GetWithCookiesAsync(SignInPayload.Sealed(app, payload), "/t/tenant-1/patients");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith(SignInCookie.Name + "=; expires=Thu, 01 Jan 1970", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_with_more_practices_than_the_cookie_carries_has_them_listed_on_every_page()
    {
        using var app = new PortalApp();
        for (var index = 0; index < 20; index++)
        {
            var id = "practice-" + index.ToString("D2", CultureInfo.InvariantCulture);
            app.Tenants.Grant(Samples.Ada.Id, new Tenant(new TenantId(id), "The practice with a long name, number " + id, TenantStatus.Active, "viewer", []));
        }

        using var browser = await app.SignedInBrowser();
        var listed = app.Tenants.Listings;

        var first = await browser.GetAsync("/t/tenant-1");
        var (second, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(listed + 2, app.Tenants.Listings);
        Assert.Null(IssuedSignIn.From(app, first)?.Practices);
        Assert.Null(IssuedSignIn.From(app, second));
        Assert.Contains("<span class=\"practice-name\">Springfield Clinic</span>", html, StringComparison.Ordinal);
        Assert.Contains("The practice with a long name, number practice-19", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    /// <summary>What each role element of a page says.</summary>
    private static List<string> RolesShown(string html) => [.. RoleElement().Matches(html).Select(element => element.Groups["role"].Value)];

    [GeneratedRegex(HeaderRole + "|" + SwitcherRole + "|" + PickerRole)]
    private static partial Regex RoleElement();
}
