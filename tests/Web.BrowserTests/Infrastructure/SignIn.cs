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
}
