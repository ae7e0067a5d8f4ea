using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>
/// Every page state a signed-in customer reaches, and the sign-in page before them. A detail page is reached by
/// following the first link of its list in the demo data, so no record's id is assumed to exist.
/// </summary>
internal static class PageTour
{
    // Dana's first practice in the demo catalogue (samples/DemoBackend/Data/DemoCatalog.cs), the tour's home.
    private const string Practice = "/t/tnt-riverside";

    private const string LeaveAsItIs = "Not stated: leave it as the Platform has it";

    public static IReadOnlyList<PageState> States { get; } =
    [
        new("login", SignedIn: false, page => OpenAsync(page, "/login", "Sign in")),
        new("login with an inline error", SignedIn: false, LoginRejectedAsync),
        new("login refusing an account kept out of the customer portal", SignedIn: false, LoginRefusedAccountAsync),
        new("login after signing out", SignedIn: false, page => OpenAsync(page, "/login?signedOut=true", "Sign in")),
        new("tenant picker", SignedIn: true, page => OpenAsync(page, "/tenants", "Choose a practice")),
        new("dashboard", SignedIn: true, page => OpenAsync(page, Practice, "Dashboard")),
        new("dashboard with the practice switcher open", SignedIn: true, SwitcherOpenAsync),
        new("dashboard with all recent activity", SignedIn: true, page => OpenAsync(page, Practice + "?activity=all", "Dashboard")),
        new("patients list", SignedIn: true, page => OpenAsync(page, Practice + "/patients", "Patients")),
        new("patients list with a search", SignedIn: true, PatientSearchAsync),
        new("patients list sorted by name, descending", SignedIn: true, page => OpenAsync(page, Practice + "/patients?sort=name&dir=desc", "Patients")),
        new("patient detail", SignedIn: true, PatientDetailAsync),
        new("patient detail confirming the patient was added", SignedIn: true, PatientAddedAsync),
        new("add patient", SignedIn: true, page => OpenAsync(page, Practice + "/patients/new", "Add patient")),
        new("add patient after a validation error", SignedIn: true, AddPatientRejectedAsync),
        new("claim detail", SignedIn: true, ClaimDetailAsync),
        new("billing summary", SignedIn: true, page => OpenAsync(page, Practice + "/billing", "Billing")),
        new("invoices list", SignedIn: true, page => OpenAsync(page, Practice + "/billing/invoices", "Invoices")),
        new("draft invoices", SignedIn: true, page => OpenAsync(page, Practice + "/billing/invoices?status=draft", "Invoices")),
        new("invoice detail", SignedIn: true, page => FollowFirstRowAsync(page, Practice + "/billing/invoices", "Invoices", number => "Invoice " + number)),
        new("proformas list", SignedIn: true, page => OpenAsync(page, Practice + "/billing/proformas", "Proformas")),
        new("proforma detail", SignedIn: true, page => FollowFirstRowAsync(page, Practice + "/billing/proformas", "Proformas", number => "Proforma " + number)),
        new("services list", SignedIn: true, page => OpenAsync(page, Practice + "/services", "Services")),
        new("service detail with its current usage", SignedIn: true, ServiceDetailAsync),
        new("tickets list", SignedIn: true, page => OpenAsync(page, Practice + "/tickets", "Support tickets")),
        new("ticket detail", SignedIn: true, page => FollowFirstRowAsync(page, Practice + "/tickets", "Support tickets", title => title)),
        new("new ticket", SignedIn: true, page => OpenAsync(page, Practice + "/tickets/new", "New support ticket")),
        new("new ticket after validation errors", SignedIn: true, NewTicketRejectedAsync),
        new("not found (404)", SignedIn: true, page => OpenAsync(page, "/no-such-page", "Page not found")),
        new("invoices list with a refused filter value (400)", SignedIn: true, RefusedFilterAsync),
        new("dashboard with the Platform's cards unavailable", SignedIn: true, DashboardWithPlatformDownAsync, PlatformDown: true),
        new("billing while the Platform is down (503)", SignedIn: true, page => OpenAsync(page, Practice + "/billing", "This part is unavailable"), PlatformDown: true),

        // Tickets (#15): a ticket with files of every kind, one of them flagged, and replies from staff and the customer.
        new("ticket detail with attachments", SignedIn: true, TicketAttachmentTests.OpenTicketWithFilesAsync),

        // Billing documents and services (#15 items 5 and 6).
        new("billing documents", SignedIn: true, page => OpenAsync(page, Practice + "/billing/documents", "Billing documents")),
        new("billing documents filtered to sent proformas", SignedIn: true, page => OpenAsync(page, Practice + "/billing/documents?type=proforma&status=sent", "Billing documents")),
        new("billing documents with a status the type does not have (400)", SignedIn: true, DocumentsRefusedStatusAsync),
        new("service detail with other plans and the auto-renew switch", SignedIn: true, ServiceWithPlansAsync),
        new("service detail confirming auto-renew is off", SignedIn: true, AutoRenewConfirmedAsync),

        // My account (profile and privacy): nothing is saved or requested, so Dana's demo account stays as seeded.
        new("my profile", SignedIn: true, page => OpenAsync(page, "/account/profile", "My profile")),
        new("my profile after validation errors", SignedIn: true, ProfileRejectedAsync),
        new("privacy with data-copy requests in each state", SignedIn: true, page => OpenAsync(page, "/account/privacy", "Privacy and your data")),
        new("privacy confirming a data-copy request", SignedIn: true, page => OpenAsync(page, "/account/privacy?requested=true", "Privacy and your data")),

        // Values the Platform did not state, offered as "Not stated: leave it as the Platform has it" (the demo seeds Sam's
        // profile without a language and a marketing preference, Harbor's tax profile without is_vat_payer); nothing is saved.
        new("my profile with values the Platform did not state", SignedIn: true, UnstatedProfileAsync, AsSam: true),
        new("my profile after validation errors, keeping an answer to a value the Platform did not state", SignedIn: true, UnstatedProfileRejectedAsync, AsSam: true),
        new("company tax profile with a flag the Platform did not state", SignedIn: true, UnstatedTaxFlagAsync),

        // Team (Dana owns Riverside and is a billing member of Harbor; Priya, 1045, is Riverside's billing member)
        new("team with an owner's actions", SignedIn: true, page => OpenAsync(page, Practice + "/team", "Team")),
        new("team confirming a role change", SignedIn: true, TeamRoleChangedAsync),
        new("team after an invitation error", SignedIn: true, TeamInviteRejectedAsync),
        new("team member removal confirmation", SignedIn: true, TeamRemovalAsync),
        new("team seen by a billing member, without actions", SignedIn: true, page => OpenAsync(page, "/t/tnt-harbor/team", "Team")),

        // Company and addresses (Dana is the owner of Riverside: every form is offered)
        new("company details and tax profile", SignedIn: true, page => OpenAsync(page, Practice + "/company", "Company")),
        new("company tax profile after a validation error", SignedIn: true, CompanyTaxRejectedAsync),
        new("addresses list with the add form", SignedIn: true, page => OpenAsync(page, Practice + "/company/addresses", "Addresses")),
        new("add address after validation errors", SignedIn: true, AddAddressRejectedAsync),
        new("edit address", SignedIn: true, EditAddressAsync),
        new("delete address confirmation", SignedIn: true, DeleteAddressConfirmationAsync),
    ];

    public static PageState Named(string name) => States.Single(state => state.Name == name);

    private static async Task OpenAsync(IPage page, string path, string heading)
    {
        await page.GotoAsync(path);
        await ExpectHeadingAsync(page, heading);
    }

    private static Task ExpectHeadingAsync(IPage page, string heading) =>
        Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1, Exact = true })).ToBeVisibleAsync();

    /// <summary>Opens a list and follows the link in its first row to the page headed by what the link said.</summary>
    private static async Task FollowFirstRowAsync(IPage page, string listPath, string listHeading, Func<string, string> detailHeading)
    {
        await OpenAsync(page, listPath, listHeading);
        var link = page.Locator("main table tbody tr").First.GetByRole(AriaRole.Link);
        var text = (await link.TextContentAsync())!.Trim();
        await link.ClickAsync();
        await ExpectHeadingAsync(page, detailHeading(text));
    }

    private static async Task LoginRejectedAsync(IPage page)
    {
        await OpenAsync(page, "/login", "Sign in");
        await page.GetByLabel("Email address").FillAsync(SignIn.DanaEmail);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#login-error")).ToBeVisibleAsync();
    }

    private static async Task PatientSearchAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/patients", "Patients");
        var name = (await page.Locator("#patient-rows > tr").First.GetByRole(AriaRole.Link).TextContentAsync())!.Trim();
        var lastName = name.Split(' ')[^1];
        await page.GetByLabel("Search patients").FillAsync(lastName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("search=" + Regex.Escape(lastName)));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First).ToBeVisibleAsync();
    }

    private static async Task LoginRefusedAccountAsync(IPage page)
    {
        await OpenAsync(page, "/login", "Sign in");
        await page.GetByLabel("Email address").FillAsync(SignIn.OliviaEmail);
        await page.GetByLabel("Password").FillAsync(SignIn.OliviaPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#login-error")).ToContainTextAsync("cannot sign in to the customer portal");
    }

    private static async Task SwitcherOpenAsync(IPage page)
    {
        await OpenAsync(page, Practice, "Dashboard");
        await page.Locator(".switcher summary").ClickAsync();
        await Expect(page.Locator(".switcher-menu").GetByRole(AriaRole.Link, new() { Name = "All practices" })).ToBeVisibleAsync();
    }

    private static async Task PatientAddedAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/patients", "Patients");
        var link = page.Locator("#patient-rows > tr").First.GetByRole(AriaRole.Link);
        var name = (await link.TextContentAsync())!.Trim();
        await page.GotoAsync((await link.GetAttributeAsync("href")) + "?added=true");
        await Expect(page.Locator("main .notice")).ToHaveTextAsync("Patient " + name + " added.");
    }

    private static async Task RefusedFilterAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/billing/invoices?status=stolen", "Invoices");
        await Expect(page.Locator("#status-error")).ToBeVisibleAsync();
    }

    private static async Task DocumentsRefusedStatusAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/billing/documents?type=invoice&status=sent", "Billing documents");
        await Expect(page.Locator("#status-error")).ToBeVisibleAsync();
    }

    private static async Task ServiceWithPlansAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/services", "Services");
        await page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = "Business Hosting Plus", Exact = true }).ClickAsync();
        await ExpectHeadingAsync(page, "Business Hosting Plus");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Other plans" }).Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Turn auto-renew (on|off)$") })).ToBeVisibleAsync();
    }

    private static async Task AutoRenewConfirmedAsync(IPage page)
    {
        await ServiceWithPlansAsync(page);
        await page.GotoAsync(page.Url + "?autoRenewed=off");
        await Expect(page.Locator("main .notice")).ToContainTextAsync("Auto-renew is now off");
    }

    private static Task PatientDetailAsync(IPage page) =>
        FollowFirstRowAsync(page, Practice + "/patients", "Patients", name => name);

    private static async Task ClaimDetailAsync(IPage page)
    {
        await PatientDetailAsync(page);
        var claim = page.GetByRole(AriaRole.Region, new() { Name = "Claims" }).Locator("tbody tr").First.GetByRole(AriaRole.Link);
        var number = (await claim.TextContentAsync())!.Trim();
        await claim.ClickAsync();
        await ExpectHeadingAsync(page, "Claim " + number);
    }

    private static async Task AddPatientRejectedAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/patients/new", "Add patient");
        await page.GetByLabel("First name").FillAsync("Juniper");
        await page.GetByLabel("Last name").FillAsync("Okafor");
        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();
        await Expect(page.GetByLabel("Email address")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    private static async Task ServiceDetailAsync(IPage page)
    {
        await FollowFirstRowAsync(page, Practice + "/services", "Services", name => name);
        // PRAHO keeps no daily usage history: the page shows today's usage against the plan's limits, and no chart.
        await Expect(page.Locator("table.current-usage")).ToBeVisibleAsync();
        await Expect(page.Locator("figure.chart svg")).ToHaveCountAsync(0);
    }

    private static async Task DashboardWithPlatformDownAsync(IPage page)
    {
        await OpenAsync(page, Practice, "Dashboard");
        await Expect(page.Locator("main .unavailable")).ToHaveCountAsync(3); // billing, tickets and services
    }

    private static async Task NewTicketRejectedAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/tickets/new", "New support ticket");
        await page.GetByLabel("Title").FillAsync("Hi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open ticket" }).ClickAsync();
        await Expect(page.GetByLabel("Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Describe the problem")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    private static async Task ProfileRejectedAsync(IPage page)
    {
        await OpenAsync(page, "/account/profile", "My profile");
        await page.GetByLabel("Phone (optional)").FillAsync("call me maybe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#Phone-error")).ToBeVisibleAsync();
    }

    private static async Task UnstatedProfileAsync(IPage page)
    {
        await OpenAsync(page, "/account/profile", "My profile");
        await Expect(page.GetByLabel("Language")).ToHaveValueAsync(string.Empty);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Marketing emails" }).GetByLabel(LeaveAsItIs)).ToBeCheckedAsync();
    }

    private static async Task UnstatedProfileRejectedAsync(IPage page)
    {
        await UnstatedProfileAsync(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "Marketing emails" }).GetByLabel("On", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Phone (optional)").FillAsync("call me maybe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#Phone-error")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Marketing emails" }).GetByLabel("On", new() { Exact = true })).ToBeCheckedAsync();
    }

    private static async Task UnstatedTaxFlagAsync(IPage page)
    {
        await OpenAsync(page, "/t/tnt-harbor/company", "Company");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Registered for VAT (VAT payer)" }).GetByLabel(LeaveAsItIs)).ToBeCheckedAsync();
    }

    private static async Task TeamRoleChangedAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/team?changed=1045", "Team");
        await Expect(page.Locator("main .notice")).ToContainTextAsync("is now Billing.");
    }

    private static async Task TeamInviteRejectedAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/team", "Team");
        await page.GetByLabel("Email address").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await Expect(page.GetByLabel("Email address")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    private static async Task TeamRemovalAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/team", "Team");
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Priya Shah" }).ClickAsync();
        await ExpectHeadingAsync(page, "Remove Priya Shah?");
    }

    private static async Task CompanyTaxRejectedAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/company", "Company");
        await page.GetByLabel("Fiscal code (CUI", new() { Exact = false }).FillAsync("RO18547329");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save tax profile" }).ClickAsync();
        await Expect(page.Locator("#Cui-error")).ToBeVisibleAsync();
    }

    private static async Task AddAddressRejectedAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/company/addresses", "Addresses");
        await page.GetByLabel("Label (optional", new() { Exact = false }).FillAsync("Depot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add address" }).ClickAsync();
        await Expect(page.GetByLabel("Street address", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
    }

    private static async Task EditAddressAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/company/addresses", "Addresses");
        await page.Locator(".address-actions").First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Edit ") }).ClickAsync();
        await ExpectHeadingAsync(page, "Edit address");
    }

    private static async Task DeleteAddressConfirmationAsync(IPage page)
    {
        await OpenAsync(page, Practice + "/company/addresses", "Addresses");
        await page.Locator(".address-actions").Last.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Delete ") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete address" })).ToBeVisibleAsync();
    }
}
