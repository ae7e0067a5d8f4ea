using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Services;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>The service page's other plans and its auto-renew switch.</summary>
public sealed class ServicePlansAndAutoRenewTests
{
    private const string ServicePage = "/t/tenant-1/services/svc-1";

    [Fact]
    public async Task The_other_plans_of_the_services_type_are_shown_with_their_prices_and_a_cycle_not_sold_says_so()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(ServicePage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.Catalog.PlanListings); // the whole catalogue, read alongside the service
        Assert.Contains("<th scope=\"row\">Business Max<br><span class=\"muted\">Room for several sites</span></th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">EUR&#xA0;39.50</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<td class=\"num\">Not offered</td>").Length - 1);
        Assert.Contains("100 GB disk, 50 email accounts", html, StringComparison.Ordinal);
        Assert.Contains("<li>50 e-mail accounts</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Managed VPS", html, StringComparison.Ordinal); // another type
        Assert.DoesNotContain("<th scope=\"row\">Business<", html, StringComparison.Ordinal); // its own plan
    }

    [Fact]
    public async Task A_catalogue_that_cannot_be_read_marks_only_the_plans_unavailable()
    {
        using var app = new PortalApp();
        app.Catalog.PlansFailure = new BackendUnavailableException("services", "timed out");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(ServicePage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The plans part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"current-usage-caption\">In use now</caption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_that_cannot_be_read_marks_only_the_usage_unavailable_and_a_bad_period_is_still_refused()
    {
        using var app = new PortalApp();
        app.Catalog.UsageFailure = new BackendUnavailableException("services", "timed out");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(ServicePage);
        var badPeriod = await browser.GetAsync(ServicePage + "?period=1y");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The usage part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("current-usage-caption", html, StringComparison.Ordinal);
        Assert.Contains("id=\"plans-heading\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData(null)]
    public async Task An_auto_renew_post_that_says_neither_on_nor_off_is_refused_and_nothing_is_switched(string? asked)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(ServicePage);
        KeyValuePair<string, string>[] fields = asked is null
            ? [new("__csrf", Browser.CsrfToken(form, ServicePage))]
            : [new("__csrf", Browser.CsrfToken(form, ServicePage)), new("AutoRenew", asked)];

        var response = await browser.PostFormAsync(ServicePage, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nothing was saved", html, StringComparison.Ordinal);
        Assert.Empty(app.Catalog.AutoRenewChanges);
        Assert.Empty(app.Logs.Errors);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("billing")]
    public async Task Owner_and_billing_switch_auto_renew_off_and_are_told_so(string role)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = role;
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(ServicePage, ServicePage, ("AutoRenew", "false"));
        var (_, confirmed) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ServicePage + "?autoRenewed=off", response.Headers.Location.OriginalString);
        Assert.Equal((new ServiceId("svc-1"), false), Assert.Single(app.Catalog.AutoRenewChanges));
        Assert.Contains("Auto-renew is now off", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_offers_the_opposite_of_the_current_state_with_its_csrf_token()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(ServicePage);

        Assert.Contains("<input type=\"hidden\" name=\"AutoRenew\" value=\"false\">", html, StringComparison.Ordinal);
        Assert.Contains(">Turn auto-renew off</button>", html, StringComparison.Ordinal);
        Assert.NotEmpty(Browser.CsrfToken(html, ServicePage));
    }

    [Fact]
    public async Task A_service_whose_auto_renewal_the_Platform_did_not_state_shows_a_dash_and_offers_both_states()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        var known = Samples.Service();
        var unsaid = new CustomerService(known.Id, known.Name, known.Domain, known.Status, known.BillingCycle, known.Price, null, known.ExpiresAt, known.DiskUsageGb);
        app.Catalog.Add(new ServiceDetail(unsaid, "Business", new DateOnly(2026, 12, 1), Samples.At, 10m, 3m, 100m) { PlanId = "p-1", PlanType = "shared_hosting" });
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(ServicePage);
        var response = await browser.SubmitAsync(ServicePage, ServicePage, ("AutoRenew", "true"));

        Assert.Contains("<dd id=\"auto-renew-state\">—</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"hidden\" name=\"AutoRenew\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"button\" name=\"AutoRenew\" value=\"true\">Turn auto-renew on</button>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"button\" name=\"AutoRenew\" value=\"false\">Turn auto-renew off</button>", html, StringComparison.Ordinal);
        Assert.Equal(ServicePage + "?autoRenewed=on", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("tech")]
    [InlineData("viewer")]
    [InlineData(null)]
    public async Task Roles_that_may_not_switch_auto_renew_are_not_offered_it(string? role)
    {
        using var app = new PortalApp();
        if (role is not null)
        {
            app.Sessions.Memberships[Samples.ClinicCustomer] = role;
        }

        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(ServicePage);

        Assert.DoesNotContain("name=\"AutoRenew\"", html, StringComparison.Ordinal);
        Assert.Contains("Only the owner or a billing member of this customer can change auto-renew.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_from_a_role_that_may_not_is_refused_with_403_before_any_call()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(ServicePage);
        var token = Browser.CsrfToken(form, ServicePage);

        // The Platform now reports the user as a viewer: the cookie's role follows once the membership fingerprint changes.
        app.Sessions.Memberships[Samples.ClinicCustomer] = "viewer";
        app.Sessions.MembershipHash = "ffffeeeeddddcccc";
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await browser.GetPageAsync("/t/tenant-1");
        var response = await browser.PostFormAsync(ServicePage, [new("__csrf", token), new("AutoRenew", "false")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Your role (viewer) does not allow you to change a service&#x27;s auto-renewal", html, StringComparison.Ordinal);
        Assert.Empty(app.Catalog.AutoRenewChanges);
    }

    [Fact]
    public async Task A_post_without_the_forms_csrf_token_is_refused()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await browser.PostFormAsync(ServicePage, [new("AutoRenew", "false")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Catalog.AutoRenewChanges);
    }

    [Fact]
    public async Task The_Platforms_refusal_for_the_services_status_is_shown_on_the_page()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "billing";
        app.Catalog.AutoRenewRefusal = new RequestRejectedException("Auto-renew cannot be modified for this service status");
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(ServicePage, ServicePage, ("AutoRenew", "false"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\">Auto-renew cannot be modified for this service status</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_neither_active_nor_suspended_offers_no_switch()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Catalog.Add(Samples.ServiceDetail("svc-9", ServiceStatus.Terminated));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/services/svc-9");

        Assert.DoesNotContain("name=\"AutoRenew\"", html, StringComparison.Ordinal);
        Assert.Contains("Auto-renew can be changed only while the service is active or suspended.", html, StringComparison.Ordinal);
    }
}
