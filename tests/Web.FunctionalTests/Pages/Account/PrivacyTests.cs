using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Privacy;

namespace Portal.Web.FunctionalTests.Pages.Account;

/// <summary>/account/privacy: the consent history, and requests for a copy of the user's data.</summary>
public sealed class PrivacyTests
{
    private const string Page = "/account/privacy";

    private static readonly DateTimeOffset Earlier = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_page_lists_each_request_with_its_state_and_the_consent_history()
    {
        using var app = Seeded();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var state in (string[])["Pending", "Processing", "Completed", "Failed"])
        {
            Assert.Contains(">" + state + "</span>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<td class=\"num\">47 KB</td>", html, StringComparison.Ordinal);
        Assert.Contains("your provider emails it to you or makes it available to you", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Privacy policy accepted</strong> (Granted)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Customized</strong>:", html, StringComparison.Ordinal);
        Assert.Equal(Samples.AdaPlatformId, app.Privacy.LastScope!.PlatformUserId);
    }

    [Fact]
    public async Task A_request_is_sent_once_and_the_page_confirms_it_and_lists_it_as_pending()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(Page, Page);
        var (_, html) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/privacy?requested=true", response.Headers.Location.OriginalString);
        Assert.Equal(1, app.Privacy.Requested);
        Assert.Contains("role=\"status\">We received your request for a copy of your data.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status \">Pending</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_the_forms_token_is_refused_and_nothing_is_requested()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var (_, profile) = await browser.GetPageAsync("/account/profile");

        var withoutToken = await browser.PostFormAsync(Page, []);
        var withOtherToken = await browser.PostFormAsync(Page, [new("__csrf", Browser.CsrfToken(profile, "/account/profile"))]);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withOtherToken.StatusCode);
        Assert.Equal(0, app.Privacy.Requested);
    }

    [Fact]
    public async Task A_refused_request_is_shown_above_the_form_with_the_lists()
    {
        using var app = Seeded();
        using var browser = await app.SignedInBrowser();
        var token = Browser.CsrfToken((await browser.GetPageAsync(Page)).Html, Page);
        app.Privacy.Failure = new RequestRejectedException("A copy was requested a minute ago.");

        var response = await browser.PostFormAsync(Page, [new("__csrf", token)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\">A copy was requested a minute ago.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_the_Platform_cannot_give_is_marked_unavailable_and_the_form_stays()
    {
        using var app = new PortalApp();
        app.Privacy.Failure = new BackendUnavailableException("privacy", "timed out");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The data copies part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("The consent history part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("Request a copy of my data", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Times_on_the_page_are_in_the_zone_the_user_chose()
    {
        using var app = Seeded();
        using var browser = await app.SignedInBrowser();
        await browser.SubmitAsync(
            "/account/profile", "/account/profile", ("FirstName", "Ada"), ("LastName", "Lovelace"), ("Phone", ""), ("Language", "en"),
            ("TimeZone", "Europe/Bucharest"));

        var (_, html) = await browser.GetPageAsync(Page);

        // 1 Nov 2026 08:00 UTC is 10:00 in Bucharest (winter time, UTC+2).
        Assert.Contains("<time datetime=\"2026-11-01T08:00:00Z\" data-local=\"datetime\">1 Nov 2026, 10:00 UTC&#x2B;2</time>", html, StringComparison.Ordinal);
    }

    private static PortalApp Seeded()
    {
        var app = new PortalApp();
        app.Privacy.Add(new DataExport("e-failed", DataExportStatus.Failed) { RequestedAt = Earlier.AddDays(-9) });
        app.Privacy.Add(new DataExport("e-done", DataExportStatus.Completed)
        {
            RequestedAt = Earlier.AddDays(-2),
            CompletedAt = Earlier.AddDays(-2).AddMinutes(5),
            ExpiresAt = Earlier.AddDays(5),
            FileSize = 48_213,
            RecordCount = 312,
        });
        app.Privacy.Add(new DataExport("e-processing", DataExportStatus.Processing) { RequestedAt = Earlier.AddDays(-1) });
        app.Privacy.Add(new DataExport("e-pending", DataExportStatus.Pending) { RequestedAt = Earlier });
        app.Privacy.History = new ConsentHistory(
            [new ConsentEvent(Earlier, "Privacy policy accepted", "granted")],
            [new CookieConsent("customized", true, true, false, false, "2.1", Earlier)]);
        return app;
    }
}
