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

    /// <summary>A viewer of Riverside.</summary>
    public const string SamEmail = "sam.okafor@example.com";
    public const string SamPassword = "demo-password-4";

    /// <summary>A real account the customer portal keeps out.</summary>
    public const string OliviaEmail = "olivia.grant@example.com";
    public const string OliviaPassword = "demo-password-3";

    /// <summary>
    /// Signs in and returns once the first page is shown: the practice picker for a user with several practices (the
    /// default), the dashboard for one with a single practice.
    /// </summary>
    public static async Task AsAsync(IPage page, string email, string password, string landsOn = "Choose a practice")
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = landsOn, Level = 1 })).ToBeVisibleAsync();
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
