using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// The company and address pages in a real browser against the demo backend, where the roles differ: Dana owns
/// Riverside and edits it; Sam is a viewer there and reads the same pages without a form.
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class CompanyTests(PortalStackFixture stack)
{
    private const string Practice = "/t/tnt-riverside";
    private const string SamEmail = "sam.okafor@example.com";
    private const string SamPassword = "demo-password-4";

    [Fact]
    public async Task The_owner_edits_the_company_and_manages_an_address()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Family Practice" }).ClickAsync();
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Company" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Company", Level = 1 })).ToBeVisibleAsync();

            await page.GetByLabel("Main phone (optional)").FillAsync("+40 264 450 121");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save company details" }).ClickAsync();
            await Expect(page.Locator("main .notice")).ToHaveTextAsync("Company details saved.");
            await Expect(page.GetByLabel("Main phone (optional)")).ToHaveValueAsync("+40 264 450 121");

            await page.GetByRole(AriaRole.Link, new() { Name = "Addresses" }).ClickAsync();
            await page.GetByLabel("Label (optional", new() { Exact = false }).FillAsync("Depozit Turda");
            await page.GetByLabel("Street address", new() { Exact = true }).FillAsync("Str. Republicii 5");
            await page.GetByLabel("City").FillAsync("Turda");
            await page.GetByLabel("County (optional)").FillAsync("Cluj");
            await page.GetByLabel("Make this the billing address").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add address" }).ClickAsync();
            await Expect(page.Locator("main .notice")).ToHaveTextAsync("Address added.");
            var added = Card(page, "Depozit Turda");
            await Expect(added.Locator(".address-marks")).ToHaveTextAsync(new Regex("Billing address"));

            // The mark goes back to the accounts address, then the new one is deleted through its confirmation page.
            await Card(page, "Contabilitate").GetByRole(AriaRole.Button, new() { Name = "Make billing address" }).ClickAsync();
            await Expect(page.Locator("main .notice")).ToHaveTextAsync("Billing address changed.");
            await Card(page, "Depozit Turda").GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delete “Depozit Turda”?", Level = 1 })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Delete address" }).ClickAsync();
            await Expect(page.Locator("main .notice")).ToHaveTextAsync("Address deleted.");
            await Expect(Card(page, "Depozit Turda")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_second_click_while_a_form_is_on_its_way_sends_nothing()
    {
        var page = await stack.NewPageAsync();
        var firstPost = new TaskCompletionSource();
        try
        {
            // Every submit event, and whether a script dropped it (read after forms.js's listener on the document).
            await page.AddInitScriptAsync("window.__submits = []; window.addEventListener('submit', e => window.__submits.push(e.defaultPrevented));");
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GotoAsync(Practice + "/company/addresses");
            await page.GetByLabel("Label (optional", new() { Exact = false }).FillAsync("Depozit Dublu");
            await page.GetByLabel("Street address", new() { Exact = true }).FillAsync("Str. Republicii 7");
            await page.GetByLabel("City").FillAsync("Turda");

            // The first post is held on its way, so the second click lands on the same form, as on a slow connection.
            await page.RouteAsync("**/company/addresses?handler=add", async route =>
            {
                await firstPost.Task;
                await route.ContinueAsync();
            });
            // Clicked from the page itself, the second in a later task as a person's would be: Playwright's own actions
            // wait for the navigation the first click began.
            var state = await page.EvaluateAsync<string>("""
                async () => {
                    const add = [...document.querySelectorAll('button')].find(button => button.textContent.trim() === 'Add address');
                    add.click();
                    await new Promise(resolve => setTimeout(resolve));
                    add.click();
                    return JSON.stringify({ submits: window.__submits, busy: add.getAttribute('aria-disabled') });
                }
                """);

            Assert.Equal("""{"submits":[false,true],"busy":"true"}""", state);
            firstPost.SetResult();
            await Expect(page.Locator("main .notice")).ToHaveTextAsync("Address added.");
            await Expect(Card(page, "Depozit Dublu")).ToHaveCountAsync(1);
            await Card(page, "Depozit Dublu").GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Delete address" }).ClickAsync();
            await Expect(Card(page, "Depozit Dublu")).ToHaveCountAsync(0);
        }
        finally
        {
            firstPost.TrySetResult();
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_refused_add_form_at_the_foot_of_a_phones_page_focuses_its_error_summary()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions
        {
            StorageState = await stack.DanaStorageStateAsync(),
            ViewportSize = new ViewportSize { Width = 375, Height = 900 },
        });
        try
        {
            await page.GotoAsync(Practice + "/company/addresses");
            await page.GetByLabel("Label (optional", new() { Exact = false }).FillAsync("Depozit fără stradă");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add address" }).ClickAsync();

            var summary = page.Locator("main .error-summary");
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary).ToBeInViewportAsync();
            await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Street address is required.", "City is required."]);
            await summary.GetByRole(AriaRole.Link, new() { Name = "City is required." }).ClickAsync();
            await Expect(page.GetByLabel("City")).ToBeFocusedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_summary_link_on_a_phone_held_sideways_focuses_its_field_and_shows_it_with_its_label()
    {
        // So short a screen that the field is below it when the summary is read.
        var page = await stack.NewPageAsync(new BrowserNewContextOptions
        {
            StorageState = await stack.DanaStorageStateAsync(),
            ViewportSize = new ViewportSize { Width = 667, Height = 375 },
        });
        try
        {
            await page.GotoAsync(Practice + "/company/addresses");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add address" }).ClickAsync();
            await page.Locator("main .error-summary").GetByRole(AriaRole.Link, new() { Name = "Street address is required." }).ClickAsync();

            var street = page.GetByLabel("Street address", new() { Exact = true });
            await Expect(street).ToBeFocusedAsync();
            await Expect(street).ToBeInViewportAsync();
            // Followed as a plain link, the input goes to the top of the screen and its label above it, out of view.
            await Expect(page.Locator("label[for=Line1]")).ToBeInViewportAsync(new() { Ratio = 1 });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_primary_address_offers_no_delete_and_says_what_to_do_first()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GotoAsync(Practice + "/company/addresses");
            await Card(page, "Sediu social").GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("cannot be deleted yet");
            await Expect(page.Locator("main")).ToContainTextAsync("first make another address primary");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete address" })).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_viewer_reads_the_company_without_forms_and_is_refused_an_edit()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SamEmail, SamPassword);
            await page.GotoAsync(Practice + "/company");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Company", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Your role (viewer) can see this; the owner or billing role can change it.");
            await Expect(page.Locator("main form")).ToHaveCountAsync(0);
            await Expect(page.Locator("main")).ToContainTextAsync("RO18547328");

            await page.GotoAsync(Practice + "/company/addresses");
            await Expect(page.Locator(".address-card")).Not.ToHaveCountAsync(0);
            await Expect(page.Locator("main form")).ToHaveCountAsync(0);
            await Expect(page.GetByText("Primary address", new() { Exact = true })).ToBeVisibleAsync();

            var edit = await page.GotoAsync(Practice + "/company/addresses/501/edit");
            Assert.Equal(403, edit!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed for your role", Level = 1 })).ToBeVisibleAsync();

            // A post made up without Portal's form is refused by Portal; the Platform's record is unchanged.
            var forged = await page.Context.APIRequest.PostAsync(Practice + "/company?handler=details", new()
            {
                Form = page.Context.APIRequest.CreateFormData().Set("__csrf", "made-up").Set("Name", "Forged by a viewer"),
                MaxRedirects = 0,
            });
            Assert.InRange(forged.Status, 400, 403);
            await page.GotoAsync(Practice + "/company");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Forged by a viewer");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static ILocator Card(IPage page, string label) =>
        page.Locator(".address-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = label, Exact = true }) });
}
