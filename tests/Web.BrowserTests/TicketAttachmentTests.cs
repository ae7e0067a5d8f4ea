using System.Text;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>A ticket's files in Chromium against the demo backend: every one downloads, none opens in the portal.</summary>
[Collection(PortalStackCollection.Name)]
public sealed class TicketAttachmentTests(PortalStackFixture stack)
{
    private const string Practice = "/t/tnt-riverside";

    [Fact]
    public async Task A_pdf_and_a_saved_web_page_download_and_a_flagged_file_is_not_offered()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            await OpenTicketWithFilesAsync(page);
            var files = page.GetByRole(AriaRole.List, new() { Name = "Files on this ticket" });

            var pdf = await page.RunAndWaitForDownloadAsync(() => files.GetByRole(AriaRole.Link, new() { Name = "diagnostics-report.pdf" }).ClickAsync());
            Assert.Equal("diagnostics-report.pdf", pdf.SuggestedFilename);
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await File.ReadAllBytesAsync(await pdf.PathAsync())), StringComparison.Ordinal);

            var html = await page.RunAndWaitForDownloadAsync(() => files.GetByRole(AriaRole.Link, new() { Name = "error-page.html" }).ClickAsync());
            Assert.Equal("error-page.html", html.SuggestedFilename);
            Assert.Contains("<h1>Bad gateway</h1>", await File.ReadAllTextAsync(await html.PathAsync()), StringComparison.Ordinal);

            // The page stayed where it was: neither file opened in the browser.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Files on this ticket" })).ToBeVisibleAsync();
            await Expect(files.GetByText("cleanup-tool.exe")).ToBeVisibleAsync();
            await Expect(files.GetByRole(AriaRole.Link, new() { Name = "cleanup-tool.exe" })).ToHaveCountAsync(0);
            await Expect(files).ToContainTextAsync("cannot be downloaded");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Replies_say_who_wrote_them()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            await OpenTicketWithFilesAsync(page);

            await Expect(page.Locator(".comments .from-staff .author-role").First).ToHaveTextAsync("Staff");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// The demo's ticket that was waiting on the customer carries support's files of every kind; another test's reply may
    /// have moved it on, so each ticket of the list is looked at until it is found.
    /// </summary>
    internal static async Task OpenTicketWithFilesAsync(IPage page)
    {
        await page.GotoAsync(Practice + "/tickets?status=waiting_on_customer");
        var waiting = await page.Locator("main table tbody tr a").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        await page.GotoAsync(Practice + "/tickets");
        var all = await page.Locator("main table tbody tr a").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        foreach (var ticket in waiting.Concat(all).Distinct(StringComparer.Ordinal))
        {
            await page.GotoAsync(ticket);
            if (await page.GetByRole(AriaRole.Link, new() { Name = "diagnostics-report.pdf" }).CountAsync() > 0)
            {
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Files on this ticket", Level = 2 })).ToBeVisibleAsync();
                return;
            }
        }

        Assert.Fail("No ticket of the practice carries the demo's files.");
    }
}
