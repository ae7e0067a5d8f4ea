using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Exceptions;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;
using Portal.Web.FunctionalTests.Modes;
using Portal.Web.Live;
using Portal.Web.Security;

namespace Portal.Web.FunctionalTests.Live;

public sealed class LiveUpdateTests
{
    [Fact]
    public async Task The_event_stream_carries_an_event_of_the_feed()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);

        using var response = await browser.Client.GetAsync(new Uri("/t/tenant-1/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, guard.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(guard.Token);
        await ReadUntilAsync(stream, "event: ready\n", guard.Token);
        app.Events.Publish(TenantEvent.ForStats(new TenantId("tenant-1"), Samples.At, Samples.Stats(patients: 4242)));

        var received = await ReadUntilAsync(stream, "\"patients-total\":\"4,242\"", guard.Token);

        Assert.Contains("data: {\"kind\":\"stats\"", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_writes_numbers_in_the_culture_CULTURE_names_as_the_pages_do()
    {
        using var app = new PortalApp(new Dictionary<string, string?>
        {
            ["SECRET_KEY"] = PortalApp.SecretKey,
            ["CULTURE"] = "de-DE",
        });
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        app.Events.Publish(TenantEvent.ForStats(new TenantId("tenant-1"), Samples.At, Samples.Stats(patients: 4242)));

        Assert.Contains("\"patients-total\":\"4.242\"", await ReadUntilAsync(live.Body, "}\n\n", guard.Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_in_an_event_is_written_in_UTC_whatever_zone_the_first_reader_chose()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Asia/Tokyo");
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        // Made once for every reader of the practice: each page shows it in its own reader's zone (local-time.js).
        app.Events.Publish(TenantEvent.ForActivity(new TenantId("tenant-1"), Samples.At, Samples.Activity()));

        Assert.Contains("\"text\":\"1 Nov 2026, 09:00 UTC\"", await ReadUntilAsync(live.Body, "}\n\n", guard.Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encounter_event_carries_the_visit_as_the_pages_show_it()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);

        await using var live = await OpenReadyStreamAsync(browser, guard.Token);
        app.Events.Publish(TenantEvent.ForEncounter(
            TenantEventKind.EncounterUpdated, new TenantId("tenant-1"), Samples.At, Samples.Encounter("enc-1", status: "in_progress")));

        var received = await ReadUntilAsync(live.Body, "\"status\":\"In progress\"", guard.Token);

        foreach (var field in new[]
        {
            "\"kind\":\"encounter-updated\"", "\"id\":\"enc-1\"", "\"patientId\":\"pat-1\"", "\"type\":\"Office visit\"", "\"status\":\"In progress\"",
            "\"provider\":\"Dr. Smith\"", "\"diagnoses\":[\"Z00.00\"]", "\"bloodPressure\":\"120/80\"",
        })
        {
            Assert.Contains(field, received, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_interruption_of_the_feed_is_an_interrupted_event_and_the_stream_goes_on()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        app.Events.Publish(TenantEvent.ForInterruption(new TenantId("tenant-1"), Samples.At));
        app.Events.Publish(TenantEvent.ForStats(new TenantId("tenant-1"), Samples.At, Samples.Stats(patients: 5)));
        var received = await ReadUntilAsync(live.Body, "\"patients-total\":\"5\"", guard.Token);

        var interrupted = received.IndexOf("event: interrupted\ndata: {}\n\n", StringComparison.Ordinal);
        Assert.InRange(interrupted, 0, received.IndexOf("data: {\"kind\":\"stats\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_ready_event_is_sent_only_once_the_subscription_is_live_and_nothing_after_it_is_missed()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        var goLive = app.Events.HoldSubscriptions();

        var opening = browser.Client.GetAsync(new Uri("/t/tenant-1/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, guard.Token);
        await app.Events.Subscribing.WaitAsync(guard.Token);
        Assert.False(opening.IsCompleted, "The stream opened before its subscription was live.");

        goLive();
        using var response = await opening;
        await using var stream = await response.Content.ReadAsStreamAsync(guard.Token);
        var beforeReady = await ReadUntilAsync(stream, "event: ready\n", guard.Token);
        app.Events.Publish(TenantEvent.ForStats(new TenantId("tenant-1"), Samples.At, Samples.Stats(patients: 7)));
        var afterReady = await ReadUntilAsync(stream, "\"patients-total\":\"7\"", guard.Token);

        Assert.StartsWith("retry: 5000\n\nevent: ready\ndata: {}\n\n", beforeReady, StringComparison.Ordinal);
        Assert.Contains("data: {\"kind\":\"stats\"", afterReady, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_ends_with_a_signed_out_event_once_the_token_is_no_longer_good()
    {
        using var app = ReverifyingEverySecond();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        app.Identity.Revoke(Samples.AdaToken);
        var received = await ReadUntilAsync(live.Body, "event: signed-out", guard.Token);
        var rest = await new StreamReader(live.Body).ReadToEndAsync(guard.Token);

        Assert.Contains("event: signed-out", received, StringComparison.Ordinal);
        Assert.DoesNotContain("data: {\"kind\"", rest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_ends_with_a_signed_out_event_once_its_token_verifies_as_someone_else()
    {
        using var app = ReverifyingEverySecond();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        // The token stays good, but the identity backend now says it is Bob's: the check a page makes refuses that too.
        app.Identity.Add(Samples.Ada, "token-ada-renewed");
        app.Identity.Add(Samples.Bob, Samples.AdaToken);
        var received = await ReadUntilAsync(live.Body, TenantEventsEndpoint.SignedOutEvent, guard.Token);
        received += await new StreamReader(live.Body).ReadToEndAsync(guard.Token);

        Assert.DoesNotContain("no-access", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_asks_the_browser_to_reconnect_once_the_sign_in_it_opened_with_is_past_its_idle_lifetime()
    {
        using var app = ReverifyingEverySecond();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        // The token stays good; only the idle lifetime (30 minutes by default) of the cookie the stream opened with has
        // passed. The reader may have been busy in another tab meanwhile: the new stream's request carries that cookie.
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var received = await ReadUntilAsync(live.Body, TenantEventsEndpoint.ReconnectEvent, guard.Token);
        received += await new StreamReader(live.Body).ReadToEndAsync(guard.Token);

        Assert.DoesNotContain("signed-out", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_stream_is_no_activity_of_the_readers_and_renews_no_sign_in()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);

        // Past the renewal interval, and past the re-validation's too: a page would now re-issue the cookie.
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        using var response = await browser.Client.GetAsync(new Uri("/t/tenant-1/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, guard.Token);
        await using var stream = await response.Content.ReadAsStreamAsync(guard.Token);
        await ReadUntilAsync(stream, "event: ready\n", guard.Token);

        var issued = IssuedSignIn.From(app, response);
        Assert.True(issued is null || issued.ActiveAt < app.Clock.GetUtcNow().AddMinutes(-10), "The stream's request moved the sign-in's activity.");
    }

    [Fact]
    public async Task The_event_stream_ends_with_a_signed_out_event_once_the_sign_in_is_past_its_absolute_lifetime()
    {
        using var app = ReverifyingEverySecond();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        // Past the absolute lifetime (12 hours by default) no request in any tab renews the sign-in.
        app.Clock.Advance(TimeSpan.FromHours(13));
        var received = await ReadUntilAsync(live.Body, TenantEventsEndpoint.SignedOutEvent, guard.Token);
        received += await new StreamReader(live.Body).ReadToEndAsync(guard.Token);

        Assert.DoesNotContain("reconnect", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_of_a_practice_the_reader_was_removed_from_ends_with_a_no_access_event_and_carries_nothing_more()
    {
        using var app = ReverifyingEverySecond();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);

        // The token stays good; the practice no longer counts the reader among its members.
        app.Tenants.AccessAnswer = scope => Task.FromResult(scope.TenantId != new TenantId("tenant-1"));
        await ReadUntilAsync(live.Body, TenantEventsEndpoint.NoAccessEvent, guard.Token);
        app.Events.Publish(TenantEvent.ForStats(new TenantId("tenant-1"), Samples.At, Samples.Stats(patients: 4242)));
        var rest = await new StreamReader(live.Body).ReadToEndAsync(guard.Token);

        Assert.DoesNotContain("data: {\"kind\"", rest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_stream_is_re_verified_from_the_shared_schedule_until_it_ends()
    {
        using var app = ReverifyingEverySecond();
        var reverification = app.Services.GetRequiredService<LiveStreamReverification>();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        await using var live = await OpenReadyStreamAsync(browser, guard.Token);
        var whileOpen = reverification.Count;

        app.Identity.Revoke(Samples.AdaToken);
        await ReadUntilAsync(live.Body, "event: signed-out", guard.Token);
        await new StreamReader(live.Body).ReadToEndAsync(guard.Token);

        Assert.Equal(1, whileOpen);
        Assert.Equal(0, reverification.Count);
    }

    [Fact]
    public async Task An_open_stream_whose_token_is_still_good_gets_keep_alive_comments()
    {
        using var app = ReverifyingEverySecond();
        using var browser = await app.SignedInBrowser();
        using var guard = new CancellationTokenSource(Samples.Guard);
        using var response = await browser.Client.GetAsync(new Uri("/t/tenant-1/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, guard.Token);

        await using var stream = await response.Content.ReadAsStreamAsync(guard.Token);
        var received = await ReadUntilAsync(stream, ": keep-alive", guard.Token);

        Assert.DoesNotContain("signed-out", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_of_another_users_practice_is_one_no_access_event_as_for_one_that_does_not_exist()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var others = await browser.GetAsync("/t/tenant-3/events");
        var missing = await browser.GetAsync("/t/tenant-404/events");

        // A 404 page would only make the page's EventSource give up and live.js try again every minute, saying it would.
        Assert.Equal(HttpStatusCode.OK, others.StatusCode);
        Assert.Equal("text/event-stream", others.Content.Headers.ContentType?.MediaType);
        Assert.Equal("retry: 5000\n\n" + TenantEventsEndpoint.NoAccessEvent, await others.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(await others.Content.ReadAsStringAsync(), await missing.Content.ReadAsStringAsync());
        Assert.False(app.Events.Subscribing.IsCompleted);
    }

    [Fact]
    public async Task The_event_stream_without_a_sign_in_is_one_signed_out_event_the_page_can_read()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.GetAsync("/t/tenant-1/events");

        // A refused status would only make the browser's EventSource try again; the event lets the page say why it stopped.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("retry: 5000\n\n" + TenantEventsEndpoint.SignedOutEvent, await response.Content.ReadAsStringAsync());
        Assert.False(app.Events.Subscribing.IsCompleted);
    }

    [Fact]
    public async Task The_event_stream_opened_with_a_token_no_longer_good_is_one_signed_out_event_and_clears_the_cookie_not_a_redirect()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Identity.Revoke(Samples.AdaToken);

        var response = await browser.GetAsync("/t/tenant-1/events");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("retry: 5000\n\n" + TenantEventsEndpoint.SignedOutEvent, await response.Content.ReadAsStringAsync());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("portal_auth=;", StringComparison.Ordinal));
        Assert.Empty(app.Logs.Errors);
    }

    [Fact]
    public async Task The_event_stream_refuses_a_forged_sign_in_and_deletes_its_cookie()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        var login = await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", Samples.AdaPassword));
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal_auth=", StringComparison.Ordinal));
        var value = cookie["portal_auth=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
        var forged = (value[0] == 'A' ? 'B' : 'A') + value[1..];

        var response = await app.GetWithCookiesAsync("portal_auth=" + forged, "/t/tenant-1/events");

        Assert.Equal("retry: 5000\n\n" + TenantEventsEndpoint.SignedOutEvent, await response.Content.ReadAsStringAsync());
        Assert.False(app.Events.Subscribing.IsCompleted);
        Assert.Equal(
            "portal_auth=; expires=Thu, 01 Jan 1970 00:00:00 GMT" + cookie[cookie.IndexOf(';', StringComparison.Ordinal)..],
            Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task The_event_stream_skips_the_page_middleware_and_keeps_the_security_headers_and_the_error_page()
    {
        using var app = new PortalApp();
        using var stranger = app.Browser();
        using var browser = await app.SignedInBrowser();

        // A stream without a sign-in is its one event, no page: the status-code pages (and the page middleware with them)
        // are not on its way.
        var refused = await stranger.GetAsync("/t/tenant-1/events");
        var refusedBody = await refused.Content.ReadAsStringAsync();

        // The exception handler still is: a stream whose feed is down is answered with the 503 page.
        app.Events.Failure = new BackendUnavailableException("live updates", "not subscribed");
        var failed = await browser.GetPageAsync("/t/tenant-1/events");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("<", refusedBody, StringComparison.Ordinal);
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, refused.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Response.StatusCode);
        Assert.Contains("This part is unavailable", failed.Html, StringComparison.Ordinal);
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, failed.Response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Pages_of_a_practice_load_live_js_and_name_their_stream()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/patients");

        Assert.Contains("<script src=\"/js/live.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("data-live-url=\"/t/tenant-1/events\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
    }

    /// <summary>Portal re-verifying every open stream once a second.</summary>
    private static PortalApp ReverifyingEverySecond() =>
        new(new Dictionary<string, string?> { ["SECRET_KEY"] = PortalApp.SecretKey, ["LIVE_REVERIFY_SECONDS"] = "1" });

    /// <summary>Opens tenant-1's stream and reads up to its <c>ready</c> event; a stream that never gets there is let go.</summary>
    private static async Task<OpenedStream> OpenReadyStreamAsync(Browser browser, CancellationToken cancellationToken)
    {
        var opened = await OpenedStream.OpenAsync(browser.Client, "/t/tenant-1/events", cancellationToken);
        try
        {
            await ReadUntilAsync(opened.Body, "event: ready\n", cancellationToken);
            return opened;
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }
    }

    private static async Task<string> ReadUntilAsync(Stream stream, string expected, CancellationToken cancellationToken)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains(expected, StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            Assert.True(read > 0, "The stream ended before the event arrived: " + received);
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return received.ToString();
    }
}
