using System.Diagnostics;
using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Web.Configuration;

namespace Portal.Web.FunctionalTests.Modes;

/// <summary>
/// Portal with the HTPI services only, the Platform only, or both: the navigation, the routes, the dashboard and /readyz
/// offer exactly the configured backends' areas, and the start fails clearly without either.
/// </summary>
public sealed class BackendModesTests
{
    private static readonly BackendModes HtpiOnly = new(Htpi: true, Platform: false);
    private static readonly BackendModes PlatformOnly = new(Htpi: false, Platform: true);

    [Fact]
    public async Task With_both_backends_a_linked_practice_has_every_area_and_every_card()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNavigation(html, "/t/tenant-1", patients: true, platform: true);
        AssertCards(html, htpi: true, platform: true);
        Assert.Contains("data-live-url=\"/t/tenant-1/events\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_HTPI_services_alone_the_Platform_areas_are_absent_and_their_addresses_unknown()
    {
        using var app = new PortalApp(modes: HtpiOnly);
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNavigation(html, "/t/tenant-1", patients: true, platform: false);
        AssertCards(html, htpi: true, platform: false);
        Assert.DoesNotContain("unavailable", html, StringComparison.OrdinalIgnoreCase);
        foreach (var url in new[] { "/t/tenant-1/billing", "/t/tenant-1/billing/invoices", "/t/tenant-1/billing/invoices/INV-2026-0001/pdf", "/t/tenant-1/services", "/t/tenant-1/tickets", "/t/tenant-1/tickets/new" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1/patients")).StatusCode);
        Assert.Empty(app.Sessions.Validations);
    }

    [Fact]
    public async Task With_the_Platform_alone_the_tenants_are_customers_and_the_HTPI_areas_are_absent()
    {
        using var app = new PortalApp(modes: PlatformOnly);
        using var browser = await app.SignedInBrowser();

        var (picker, pickerHtml) = await browser.GetPageAsync("/tenants");
        var (response, html) = await browser.GetPageAsync("/t/7");

        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        Assert.Contains("href=\"/t/7\"", pickerHtml, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"role\">Viewer</strong>", pickerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNavigation(html, "/t/7", patients: false, platform: true);
        AssertCards(html, htpi: false, platform: true);
        Assert.DoesNotContain("data-live-url=\"/", html, StringComparison.Ordinal);
        Assert.Equal(new Domain.Identity.PlatformIdentity(Samples.AdaPlatformId, 7), app.Billing.LastScope?.Platform);
        foreach (var url in new[] { "/t/7/patients", "/t/7/patients/new", "/t/7/patients/pat-1", "/t/7/events" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/7/billing/invoices")).StatusCode);
    }

    [Fact]
    public async Task With_the_Platform_alone_its_own_membership_check_is_the_access_check_and_a_403_is_not_found()
    {
        using var app = new PortalApp(modes: PlatformOnly);
        using var browser = await app.SignedInBrowser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/7/billing/invoices")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/7")).StatusCode);
        Assert.Empty(app.Tenants.AccessChecks);

        // A page that makes no Platform call of its own probes the membership once.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/7/tickets/new")).StatusCode);
        Assert.Single(app.Tenants.AccessChecks);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/t/9/tickets/new")).StatusCode);

        // The Platform's 403 (the adapter's "not found") is the page's 404, the dashboard's included: no unavailable card.
        app.Billing.Failure = new NotFoundException("tenant");
        var (dashboard, html) = await browser.GetPageAsync("/t/9");
        Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode);
        Assert.DoesNotContain("unavailable", html, StringComparison.OrdinalIgnoreCase);

        // A practice id that is no Platform customer's leaves the dashboard no source to ask: not found, not an empty page.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/t/tenant-1")).StatusCode);
    }

    [Fact]
    public async Task With_the_Platform_alone_a_listed_customer_whose_membership_ended_is_said_so_and_not_linked()
    {
        using var app = new PortalApp(modes: PlatformOnly);
        app.Tenants.AccessAnswer = scope => Task.FromResult(scope.TenantId.Value == Samples.ClinicCustomer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var browser = await app.SignedInBrowser();

        var (_, picker) = await browser.GetPageAsync("/tenants");

        Assert.Contains($"href=\"/t/{Samples.ClinicCustomer}\"", picker, StringComparison.Ordinal);
        Assert.Contains("Your access to Shelbyville SRL has ended, or is not active.", picker, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/t/{Samples.ClinicCustomer + 1}\"", picker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_are_named_as_the_Platform_names_them_and_an_unknown_one_is_shown_as_it_came()
    {
        using var app = new PortalApp(modes: PlatformOnly);
        app.Tenants.Regrant(Samples.Ada.Id, Samples.Customer(Samples.ClinicCustomer + 1, "Shelbyville SRL", "tech"));
        app.Tenants.Grant(Samples.Ada.Id, Samples.Customer(Samples.ClinicCustomer + 3, "Ogdenville SRL", "super_admin"));
        using var browser = await app.SignedInBrowser();

        var (_, picker) = await browser.GetPageAsync("/tenants");
        var (_, header) = await browser.GetPageAsync("/t/7");

        Assert.Contains("<strong class=\"role\">Owner</strong>", picker, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"role\">Tech</strong>", picker, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"role\">super_admin</strong>", picker, StringComparison.Ordinal);
        Assert.Contains("your role: </span>Owner</span>", header, StringComparison.Ordinal);
        Assert.Contains("Ogdenville SRL <span class=\"muted\">(super_admin)</span>", header, StringComparison.Ordinal);
    }

    /// <summary>With the Platform alone every practice is a Platform customer, so its role is the only one there is: not named as the Platform's.</summary>
    [Fact]
    public async Task With_the_Platform_alone_a_role_from_its_memberships_is_not_labelled_as_the_Platforms()
    {
        using var app = new PortalApp(modes: PlatformOnly);
        app.Sessions.Memberships[Samples.ClinicCustomer] = "viewer";
        using var browser = await app.SignedInBrowser();

        var (_, header) = await browser.GetPageAsync("/t/" + Samples.ClinicCustomer);

        Assert.Contains("your role: </span>Viewer</span>", header, StringComparison.Ordinal);
        Assert.DoesNotContain("Platform: ", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_both_backends_Portal_checks_access_alongside_every_page()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1/billing/invoices")).StatusCode);

        Assert.Single(app.Tenants.AccessChecks);
    }

    [Fact]
    public async Task A_failing_backend_marks_its_cards_unavailable_while_a_missing_one_has_none()
    {
        using var app = new PortalApp(modes: HtpiOnly);
        using var browser = await app.SignedInBrowser();
        app.Dashboard.Failure = new BackendUnavailableException("dashboard", "timed out");

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The practice statistics part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"card-billing\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("billing part is unavailable", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, false)]
    public async Task Readyz_checks_only_the_configured_backends(bool htpi, bool platform, bool natsChecked)
    {
        using var app = new PortalApp(modes: new BackendModes(htpi, platform));
        using var browser = app.Browser();

        var response = await browser.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(natsChecked, app.NatsCheckRegistered);
    }

    [Fact]
    public async Task Without_either_backend_the_start_fails_with_one_clear_line()
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("NATS_URL");
        start.Environment.Remove("PLATFORM_API_URL");
        start.Environment["SECRET_KEY"] = PortalApp.SecretKey;
        start.Environment["PORT"] = "0";
        using var portal = Process.Start(start)!;
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var error = await portal.StandardError.ReadToEndAsync(guard.Token);
        await portal.WaitForExitAsync(guard.Token);

        Assert.Equal(1, portal.ExitCode);
        Assert.Equal("Portal cannot start: " + BackendModes.NeitherConfigured, error.Trim());
        Assert.Contains("NATS_URL", error, StringComparison.Ordinal);
        Assert.Contains("PLATFORM_API_URL", error, StringComparison.Ordinal);
    }

    internal static void AssertNavigation(string html, string practice, bool patients, bool platform)
    {
        Assert.Contains($"href=\"{practice}\"", html, StringComparison.Ordinal);
        Assert.Equal(patients, html.Contains($"href=\"{practice}/patients\"", StringComparison.Ordinal));
        foreach (var area in new[] { "billing", "services", "tickets" })
        {
            Assert.Equal(platform, html.Contains($"href=\"{practice}/{area}\"", StringComparison.Ordinal));
        }
    }

    internal static void AssertCards(string html, bool htpi, bool platform)
    {
        foreach (var card in new[] { "stats", "activity", "alerts" })
        {
            Assert.Equal(htpi, html.Contains($"id=\"card-{card}\"", StringComparison.Ordinal));
        }

        foreach (var card in new[] { "billing", "tickets", "services" })
        {
            Assert.Equal(platform, html.Contains($"id=\"card-{card}\"", StringComparison.Ordinal));
        }
    }
}
