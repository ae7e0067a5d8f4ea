using System.Globalization;
using System.Text.Json;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// A broadcast published on NATS shows up in an open page without a reload, once however often it is sent, also after
/// the stream was refused once (which the page then says may have cost it changes).
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class LiveUpdateTests(PortalStackFixture stack)
{
    private const string Tenant = "tnt-riverside";

    [Fact]
    public async Task Activity_broadcast_appears_on_the_open_dashboard_without_a_reload()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GotoAsync("/t/" + Tenant);

            // Announced on the stream's "ready" event, which Portal sends once its NATS subscription for the tenant is
            // live: a broadcast published after it cannot be missed, so it is published once.
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates are on.");
            var loaded = await page.EvaluateAsync<string>("() => { window.__loaded = crypto.randomUUID(); return window.__loaded; }");

            var description = "Lab results received for Imogen Castellanos " + Guid.NewGuid().ToString("N")[..8];
            await PublishActivityAsync(description);

            var activity = page.Locator("#recent-activity > li").Filter(new() { HasText = description });
            await Expect(activity).ToHaveCountAsync(1);
            await Expect(activity).ToContainTextAsync("Dr. Test Publisher");
            Assert.Equal(loaded, await page.EvaluateAsync<string>("() => window.__loaded")); // same document: no reload
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Live_updates_come_back_by_themselves_after_Portal_refused_the_stream_and_say_changes_may_be_missing()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            // The first stream request is answered as Portal answers it while a backend is down; EventSource gives up
            // on such an answer, so only the page's own retry can bring live updates back.
            await page.RouteAsync(
                "**/t/" + Tenant + "/events",
                route => route.FulfillAsync(new() { Status = 503, ContentType = "text/plain", Body = "unavailable" }),
                new() { Times = 1 });
            await page.GotoAsync("/t/" + Tenant);

            await Expect(page.Locator("#live-status")).ToContainTextAsync("Live updates are off for now; trying again");
            // What was broadcast since the page was rendered, while no stream was open, was not sent to it.
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates were interrupted — refresh to catch up. Refresh");

            var description = "Referral letter sent for Imogen Castellanos " + Guid.NewGuid().ToString("N")[..8];
            await PublishActivityAsync(description);
            await Expect(page.Locator("#recent-activity > li").Filter(new() { HasText = description })).ToHaveCountAsync(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_activity_broadcast_twice_is_listed_once()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GotoAsync("/t/" + Tenant);
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates are on.");
            var suffix = Guid.NewGuid().ToString("N")[..8];

            // Two replicas of the dashboard service (no queue group) each send the activity, each stamping it as it sends.
            var twice = "Claim filed for Imogen Castellanos " + suffix;
            var sent = DateTimeOffset.UtcNow;
            await PublishAsync(ActivityBroadcast(twice, "act-twice-" + suffix, sent));
            await PublishAsync(ActivityBroadcast(twice, "act-twice-" + suffix, sent.AddSeconds(1)));
            // One without an id is told by all it says.
            var withoutId = ActivityBroadcast("Insurance card scanned for Imogen Castellanos " + suffix, null, sent);
            await PublishAsync(withoutId);
            await PublishAsync(withoutId);
            // Events arrive in order: once this one is listed, the ones before it have been handled.
            var last = "Referral letter sent for Imogen Castellanos " + suffix;
            await PublishAsync(ActivityBroadcast(last, "act-last-" + suffix, sent));

            var activities = page.Locator("#recent-activity > li");
            await Expect(activities.Filter(new() { HasText = last })).ToHaveCountAsync(1);
            await Expect(activities.Filter(new() { HasText = twice })).ToHaveCountAsync(1);
            await Expect(activities.Filter(new() { HasText = "Insurance card scanned for Imogen Castellanos " + suffix })).ToHaveCountAsync(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private Task PublishActivityAsync(string description) =>
        PublishAsync(ActivityBroadcast(description, "act-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow));

    private async Task PublishAsync(byte[] dashboardBroadcast) =>
        await stack.Bus.PublishAsync("customer.broadcast.dashboard." + Tenant, dashboardBroadcast, CancellationToken.None);

    /// <summary>A dashboard service's activity broadcast, of the activity <paramref name="id"/> (none when null) sent at <paramref name="sent"/>.</summary>
    private static byte[] ActivityBroadcast(string description, string? id, DateTimeOffset sent)
    {
        var at = sent.ToString("O", CultureInfo.InvariantCulture);
        var broadcast = new
        {
            type = "activity",
            data = new { id, type = "appointment_completed", description, timestamp = at, user = "Dr. Test Publisher" },
            timestamp = at,
            tenantId = Tenant,
        };
        return JsonSerializer.SerializeToUtf8Bytes(broadcast);
    }
}
