using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// The server-rendered usage chart shows its labels whole, whatever the period and the size of the numbers, on a desktop
/// and on a phone (where site.css draws the labels larger).
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class UsageChartTests(PortalStackFixture stack)
{
    // The chart's labels whose drawn box reaches outside the chart's own box: what the SVG viewport cuts off.
    private const string CutOffLabelsScript = """
        () => {
            const chart = document.querySelector('svg.usage-chart').getBoundingClientRect();
            return [...document.querySelectorAll('svg.usage-chart text')]
                .filter(t => { const b = t.getBoundingClientRect(); return b.left < chart.left || b.right > chart.right || b.top < chart.top || b.bottom > chart.bottom; })
                .map(t => t.textContent);
        }
        """;

    [Theory]
    [InlineData("7 days", 1280)]
    [InlineData("30 days", 1280)]
    [InlineData("90 days", 1280)]
    [InlineData("7 days", 375)]
    [InlineData("30 days", 375)]
    [InlineData("90 days", 375)]
    public async Task Every_label_of_the_usage_chart_lies_inside_the_chart(string period, int width)
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions
        {
            StorageState = await stack.DanaStorageStateAsync(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        try
        {
            await PageTour.Named("service detail with its usage chart and table").ReachAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = period, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = period, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
            var labels = page.Locator("svg.usage-chart text");
            await Expect(labels).ToHaveCountAsync(period == "7 days" ? 4 : 5); // the largest day, zero, and the dates: first, (middle,) last
            await Expect(page.Locator("svg.usage-chart text.date-label").Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,2} [A-Z][a-z]{2}$"));

            var cutOff = await page.EvaluateAsync<string[]>(CutOffLabelsScript);

            Assert.True(cutOff.Length == 0, $"Labels cut off by the chart's edge over {period} at {width}px: {string.Join(", ", cutOff)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
