using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>A broadcast published on NATS shows up in an open page without a reload.</summary>
[Collection(PortalStackCollection.Name)]
public sealed class LiveUpdateTests(PortalStackFixture stack)
{
    private const string Tenant = "tnt-riverside";

    // Portal joins the tenant's NATS subscription only after the browser's event stream has opened, and nothing in the
    // page says when that subscription is in place; so the same broadcast is published again until it shows, this many
    // times at most, each attempt guarded by PerAttempt.
    private const int Attempts = 20;
    private static readonly TimeSpan PerAttempt = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Activity_broadcast_appears_on_the_open_dashboard_without_a_reload()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GotoAsync("/t/" + Tenant);
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates are on.");
            var loaded = await page.EvaluateAsync<string>("() => { window.__loaded = crypto.randomUUID(); return window.__loaded; }");

            var description = "Lab results received for Imogen Castellanos " + Guid.NewGuid().ToString("N")[..8];
            var activity = page.Locator("#recent-activity > li").Filter(new() { HasText = description });
            var shown = false;
            for (var attempt = 0; attempt < Attempts && !shown; attempt++)
            {
                await PublishActivityAsync(description);
                shown = await IsShownWithinAsync(activity, PerAttempt);
            }

            Assert.True(shown, $"The broadcast did not appear on the open dashboard.\nPortal's output:\n{stack.PortalOutput}");
            await Expect(activity.First).ToContainTextAsync("Dr. Test Publisher");
            Assert.Equal(loaded, await page.EvaluateAsync<string>("() => window.__loaded")); // same document: no reload
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task PublishActivityAsync(string description)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var broadcast = new
        {
            type = "activity",
            data = new { id = "act-browser-test", type = "appointment_completed", description, timestamp = now, user = "Dr. Test Publisher" },
            timestamp = now,
            tenantId = Tenant,
        };
        await stack.Bus.PublishAsync("customer.broadcast.dashboard." + Tenant, JsonSerializer.SerializeToUtf8Bytes(broadcast), CancellationToken.None);
    }

    private static async Task<bool> IsShownWithinAsync(ILocator locator, TimeSpan timeout)
    {
        try
        {
            await Expect(locator.First).ToBeVisibleAsync(new() { Timeout = (float)timeout.TotalMilliseconds });
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
