using System.Net;
using Portal.Domain.Addresses;

namespace Portal.Web.FunctionalTests.Pages.Company;

public sealed class AddressTests
{
    private const string Page = "/t/tenant-1/company/addresses";

    [Fact]
    public async Task Any_role_sees_the_addresses_with_the_primary_and_billing_ones_marked()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "viewer";
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 class=\"address-title\">Head office</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status status-done\">Primary address</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status status-done\">Billing address</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(BrowserForms.FormActions(html), action => action.StartsWith(Page, StringComparison.Ordinal));
        Assert.DoesNotContain("/edit\"", html, StringComparison.Ordinal);
        Assert.Contains("the owner role can change it.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_gets_the_add_form_and_each_addresss_actions()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(Page);

        Assert.Equal(
            [Page + "?handler=billing&addressId=11", Page + "?handler=primary&addressId=12", Page + "?handler=add"],
            BrowserForms.FormActions(html).Where(action => action.StartsWith(Page, StringComparison.Ordinal)));
        Assert.Contains($"href=\"{Page}/11/edit\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}/12/delete\"", html, StringComparison.Ordinal);

        // Each address's make-primary and make-billing forms sit in its row of actions (a p would end at the first form).
        var actions = html[html.IndexOf("<div class=\"address-actions\">", StringComparison.Ordinal)..];
        Assert.Contains("?handler=billing&amp;addressId=11", actions[..actions.IndexOf("</div>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_added_address_redirects_back_with_a_confirmation()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, Page + "?handler=add",
            ("Label", "Depot"), ("Line1", "Str. Lungă 1"), ("Line2", ""), ("City", "Brașov"), ("County", "Brașov"),
            ("PostalCode", "500058"), ("Country", "Romania"), ("MakeBilling", "true"));

        Assert.Equal(Page + "?done=added", response.Headers.Location?.OriginalString);
        var added = Assert.Single(app.Addresses.Addresses, a => a.Lines.Label == "Depot");
        Assert.True(added.IsBilling);
        Assert.False(Assert.Single(app.Addresses.Addresses, a => a.Id == 12).IsBilling);
        var (_, html) = await browser.GetPageAsync(Page + "?done=added");
        Assert.Contains("<p class=\"notice\" role=\"status\">Address added.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_without_street_or_city_is_answered_beside_the_fields_and_in_a_summary_atop_the_add_form()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, Page + "?handler=add", ("Label", "Depot"), ("Line1", " "), ("City", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Line1-error\">Street address is required.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"City-error\">City is required.", html, StringComparison.Ordinal);
        Assert.Equal([("Line1", "Street address is required."), ("City", "City is required.")], ErrorSummaryMarkup.Links(html, Page + "?handler=add"));
        Assert.Empty(app.Addresses.Changes);
    }

    [Fact]
    public async Task The_eleventh_address_is_refused_with_the_Platforms_reason_and_a_full_book_offers_no_form()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(Page);
        var token = Browser.CsrfToken(form, Page + "?handler=add");
        for (var id = 20; id < 28; id++)
        {
            app.Addresses.Add(new CompanyAddress(id, new("", "Str. Lungă " + id, "", "Brașov", "", "", "Romania"), false, false, true));
        }

        var response = await BrowserForms.PostAsync(browser, token, Page + "?handler=add", ("Line1", "Str. Nouă 1"), ("City", "Brașov"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"form-error\" role=\"alert\">Maximum of 10 addresses per customer.</p>", html, StringComparison.Ordinal);
        Assert.Contains("the most the provider keeps", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Page + "?handler=add", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Making_an_address_primary_moves_the_mark()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, Page + "?handler=primary&addressId=12");

        Assert.Equal(Page + "?done=primary", response.Headers.Location?.OriginalString);
        Assert.Equal([12L], app.Addresses.Addresses.Where(a => a.IsPrimary).Select(a => a.Id));
    }

    [Fact]
    public async Task A_token_for_one_address_does_not_move_the_mark_to_another()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);
        var tokenFor12 = Browser.CsrfToken(html, WebUtility.HtmlEncode(Page + "?handler=primary&addressId=12"));

        var response = await BrowserForms.PostAsync(browser, tokenFor12, Page + "?handler=primary&addressId=13");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(app.Addresses.Changes);
    }

    [Fact]
    public async Task An_address_is_edited_on_its_own_page()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var (page, form) = await browser.GetPageAsync(Page + "/12/edit");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"Bd. 21 Decembrie 1989 nr. 77\"", form, StringComparison.Ordinal);

        var response = await BrowserForms.PostAsync(browser, Browser.CsrfToken(form, Page + "/12/edit"), Page + "/12/edit",
            ("Label", "Accounts"), ("Line1", "Bd. 21 Decembrie 1989 nr. 79"), ("City", "Cluj-Napoca"), ("County", "Cluj"), ("PostalCode", "400604"), ("Country", "Romania"));

        Assert.Equal(Page + "?done=updated", response.Headers.Location?.OriginalString);
        Assert.Equal("Bd. 21 Decembrie 1989 nr. 79", app.Addresses.Addresses.Single(a => a.Id == 12).Lines.Line1);
        Assert.True(app.Addresses.Addresses.Single(a => a.Id == 12).IsBilling);
    }

    [Theory]
    [InlineData("/012/edit", "/12/edit", "?done=updated")]
    [InlineData("/+12/edit", "/12/edit", "?done=updated")]
    [InlineData("/%2012/edit", "/12/edit", "?done=updated")]
    [InlineData("/013/delete", "/13/delete", "?done=deleted")]
    public async Task An_address_opened_by_another_spelling_of_its_id_saves_from_the_form_it_shows(string opened, string posted, string done)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Addresses.Add(new CompanyAddress(13, new("Depot", "Str. Lungă 1", "", "Brașov", "", "", "Romania"), false, false, true));
        using var browser = await app.SignedInBrowser();

        var (_, form) = await browser.GetPageAsync(Page + opened);
        var response = await BrowserForms.PostAsync(browser, Browser.CsrfToken(form, Page + posted), Page + posted,
            ("Label", "Accounts"), ("Line1", "Bd. 21 Decembrie 1989 nr. 79"), ("City", "Cluj-Napoca"), ("County", "Cluj"), ("PostalCode", "400604"), ("Country", "Romania"));

        Assert.Equal(Page + done, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Two_edit_forms_open_at_once_each_save_only_what_their_reader_changed()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var edit = Page + "/12/edit";
        var (_, first) = await browser.GetPageAsync(edit);
        var (_, second) = await browser.GetPageAsync(edit);

        await BrowserForms.PostChangedAsync(browser, second, edit, ("Line1", "Bd. 21 Decembrie 1989 nr. 79"));
        var response = await BrowserForms.PostChangedAsync(browser, first, edit, ("Label", "Accounts and payroll"));

        Assert.Equal(Page + "?done=updated", response.Headers.Location?.OriginalString);
        Assert.Equal(
            new AddressLines("Accounts and payroll", "Bd. 21 Decembrie 1989 nr. 79", "", "Cluj-Napoca", "Cluj", "400604", "Romania"),
            app.Addresses.Addresses.Single(a => a.Id == 12).Lines);
    }

    [Fact]
    public async Task Deleting_asks_first_then_deletes_on_the_confirmation_post()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Addresses.Add(new CompanyAddress(13, new("Depot", "Str. Lungă 1", "", "Brașov", "", "", "Romania"), false, false, true));
        using var browser = await app.SignedInBrowser();

        var (confirm, html) = await browser.GetPageAsync(Page + "/13/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("<h1>Delete “Depot”?</h1>", html, StringComparison.Ordinal);
        Assert.Empty(app.Addresses.Changes);

        var response = await BrowserForms.PostAsync(browser, Browser.CsrfToken(html, Page + "/13/delete"), Page + "/13/delete");

        Assert.Equal(Page + "?done=deleted", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain(app.Addresses.Addresses, a => a.Id == 13);
    }

    [Theory]
    [InlineData("/11/delete", "This is the primary address, which the provider always keeps.")]
    [InlineData("/12/delete", "This is the billing address, which the provider always keeps.")]
    public async Task The_primary_or_billing_address_is_not_offered_for_deletion_and_the_page_says_what_to_do_first(string path, string reason)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot be deleted yet</h1>", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.DoesNotContain(BrowserForms.FormActions(html), action => action.StartsWith(Page, StringComparison.Ordinal));
        Assert.DoesNotContain("Delete address", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_made_primary_after_its_delete_page_showed_is_kept_with_the_Platforms_reason_and_no_button()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        await BrowserForms.SubmitAsync(browser, Page, Page + "?handler=primary&addressId=12");
        var (_, confirm) = await browser.GetPageAsync(Page + "/11/delete");
        await BrowserForms.SubmitAsync(browser, Page, Page + "?handler=primary&addressId=11");

        var response = await BrowserForms.PostAsync(browser, Browser.CsrfToken(confirm, Page + "/11/delete"), Page + "/11/delete");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cannot delete the only primary address. Add a replacement first.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Delete address", html, StringComparison.Ordinal);
        Assert.Contains(app.Addresses.Addresses, a => a.Id == 11);
    }

    [Theory]
    [InlineData("/12/edit")]
    [InlineData("/12/delete")]
    public async Task Another_role_typing_an_edit_or_delete_address_gets_the_403_page_without_a_call(string path)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "billing";
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page + path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Not allowed for your role", html, StringComparison.Ordinal);
        Assert.Equal(0, app.Addresses.Calls);
    }

    [Fact]
    public async Task An_address_that_is_not_there_is_not_found()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(Page + "/99/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(Page + "/abc/edit")).StatusCode);
    }
}
