using System.Net;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>Another customer's practice is invisible: not listed, and the same 404 as a practice that does not exist.</summary>
[Collection(PortalStackCollection.Name)]
public sealed class TenantIsolationTests(PortalStackFixture stack)
{
    [Fact]
    public async Task Another_customers_practice_is_not_listed_and_answers_like_one_that_does_not_exist()
    {
        var page = await stack.NewPageAsync();
        try
        {
            // His one practice is all there is: he lands on its dashboard, and nothing names another.
            await SignIn.AsAsync(page, SignIn.MarcoEmail, SignIn.MarcoPassword, landsOn: "Dashboard");
            await Expect(page.Locator(".site-header .practice-name")).ToHaveTextAsync("Summit Orthopedics");
            await Expect(page.Locator(".switcher")).ToHaveCountAsync(0);
            await Expect(page.GetByText("Riverside Family Practice")).ToHaveCountAsync(0);

            var nowhere = await NotFoundPageAsync(page, "/t/does-not-exist");

            // By a link someone sent: opened straight away.
            Assert.Equal(nowhere, await NotFoundPageAsync(page, "/t/tnt-riverside"));

            // By editing the address of one of his own pages.
            await page.GotoAsync("/t/tnt-summit/patients");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patients", Exact = true })).ToBeVisibleAsync();
            var edited = page.Url.Replace("/t/tnt-summit/", "/t/tnt-riverside/", StringComparison.Ordinal);
            Assert.Equal(await NotFoundPageAsync(page, "/t/does-not-exist/patients"), await NotFoundPageAsync(page, edited));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Opens <paramref name="address"/>, checks it is a 404 that names nothing of the practice, and returns what it shows.</summary>
    private static async Task<string> NotFoundPageAsync(IPage page, string address)
    {
        var response = await page.GotoAsync(address);
        Assert.NotNull(response);
        Assert.Equal((int)HttpStatusCode.NotFound, response.Status);
        var main = page.Locator("main");
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(main).Not.ToContainTextAsync("Riverside");
        return (await main.InnerTextAsync()).Trim();
    }
}
