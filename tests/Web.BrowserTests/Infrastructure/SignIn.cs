using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>Signing in through the login form, as a person does.</summary>
internal static class SignIn
{
    public const string DanaEmail = "dana.whitfield@example.com";
    public const string DanaPassword = "demo-password-1";
    public const string MarcoEmail = "marco.alvarez@example.com";
    public const string MarcoPassword = "demo-password-2";

    /// <summary>Signs in and returns once the practice picker is shown.</summary>
    public static async Task AsAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose a practice" })).ToBeVisibleAsync();
    }

    /// <summary>Signs in with a context of its own and returns its cookies, to start other contexts signed in.</summary>
    public static async Task<string> StorageStateAsync(PortalStackFixture stack, string email, string password)
    {
        var page = await stack.NewPageAsync();
        try
        {
            await AsAsync(page, email, password);
            return await page.Context.StorageStateAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
