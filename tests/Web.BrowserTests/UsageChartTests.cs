using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// The Platform keeps no daily usage history (PRAHO's trends are always empty, and the demo backend answers the same), so
/// the service page shows today's usage against the plan's limits, with its alerts, on a desktop and on a phone; it draws
/// no chart and offers no period picker that would change nothing. The chart for a Platform that does send a series is
/// covered by the functional tests (Web.FunctionalTests ServiceTests).
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class UsageChartTests(PortalStackFixture stack)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Without_a_daily_history_the_page_shows_current_usage_and_neither_a_chart_nor_a_period_picker(int width)
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions
        {
            StorageState = await stack.DanaStorageStateAsync(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        try
        {
            await PageTour.Named("service detail with its current usage").ReachAsync(page);

            var usage = page.Locator("table.current-usage");
            await Expect(usage.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Disk", "Bandwidth", "Email accounts", "Databases"]);
            await Expect(page.Locator("svg.usage-chart")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Usage period" })).ToHaveCountAsync(0);
            await Expect(page.GetByText("no daily usage history", new() { Exact = false })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
