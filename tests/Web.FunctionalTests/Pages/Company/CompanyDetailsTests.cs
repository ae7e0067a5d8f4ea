using System.Net;
using Portal.Domain.Company;

namespace Portal.Web.FunctionalTests.Pages.Company;

public sealed class CompanyDetailsTests
{
    private const string Page = "/t/tenant-1/company";
    private const string DetailsAction = Page + "?handler=details";
    private const string TaxAction = Page + "?handler=tax";

    [Theory]
    [InlineData("owner")]
    [InlineData("billing")]
    public async Task Owner_and_billing_members_get_both_forms_filled_in(string role)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = role;
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([DetailsAction, TaxAction], BrowserForms.FormActions(html).Where(a => a.StartsWith(Page, StringComparison.Ordinal)));
        Assert.Contains("value=\"office@lima-dental.example\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"RO18547328\"", html, StringComparison.Ordinal);
        Assert.Contains("<dd>30 days</dd>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tech")]
    [InlineData("viewer")]
    [InlineData(null)]
    public async Task Other_roles_read_the_details_without_any_form(string? role)
    {
        using var app = new PortalApp();
        if (role is not null)
        {
            app.Sessions.Memberships[Samples.ClinicCustomer] = role;
        }

        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(BrowserForms.FormActions(html), action => action.StartsWith(Page, StringComparison.Ordinal));
        Assert.Contains("<dd>office@lima-dental.example</dd>", html, StringComparison.Ordinal);
        Assert.Contains("the owner or billing role can change it.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saved_details_redirect_back_with_a_confirmation()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "billing";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, DetailsAction,
            ("Name", " Lima Dental "), ("CompanyName", "Lima Dental SRL"), ("PrimaryEmail", "billing@lima.example"),
            ("PrimaryPhone", ""), ("Website", "https://lima.example"), ("Industry", "Dentistry"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Page + "?saved=details", response.Headers.Location?.OriginalString);
        Assert.Equal(new CompanyDetails("Lima Dental", "Lima Dental SRL", "billing@lima.example", "", "https://lima.example", "Dentistry"), app.Company.LastDetails);
        var (_, html) = await browser.GetPageAsync(Page + "?saved=details");
        Assert.Contains("Company details saved.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_cui_is_answered_beside_its_field_and_in_a_summary_atop_the_tax_form_and_nothing_is_sent()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction,
            ("Cui", "RO18547329"), ("VatNumber", ""), ("RegistrationNumber", ""), ("IsVatPayer", "true"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Cui-error\">CUI check digit does not match; check the number.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"RO18547329\"", html, StringComparison.Ordinal);
        Assert.Equal([("Cui", "CUI check digit does not match; check the number.")], ErrorSummaryMarkup.Links(html, TaxAction));
        Assert.Null(app.Company.LastTaxProfile);
    }

    [Fact]
    public async Task A_tick_box_sent_with_a_value_it_does_not_offer_is_refused_not_saved_as_unticked()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction, ("IsVatPayer", "banana"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Portal.Web.Pages.FormPageModel.UnofferedValueRefusal, html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"IsVatPayer-error\" aria-invalid=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"IsVatPayer-error\">This is not a value this field takes.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("banana", html, StringComparison.Ordinal);
        Assert.Null(app.Company.LastTaxProfile);
    }

    [Theory]
    [InlineData("True")]
    [InlineData(" true ")]
    public async Task A_flag_is_saved_as_the_page_reads_it_not_by_its_spelling(string yes)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        // The form showed VAT payer ticked and reverse charge unticked: both sent as yes, spelt otherwise than a browser does.
        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction, ("Cui", "RO18547328"), ("IsVatPayer", yes), ("ReverseChargeEligible", yes));

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal((true, true), (app.Company.LastTaxProfile?.IsVatPayer, app.Company.LastTaxProfile?.ReverseChargeEligible));
    }

    [Fact]
    public async Task A_flag_sent_twice_is_saved_as_the_page_reads_it_by_its_first_value()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction, ("Cui", "RO18547328"), ("IsVatPayer", "true"), ("ReverseChargeEligible", "true"), ("ReverseChargeEligible", "false"));

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal((true, true), (app.Company.LastTaxProfile?.IsVatPayer, app.Company.LastTaxProfile?.ReverseChargeEligible));
    }

    [Fact]
    public async Task A_text_sent_twice_is_saved_as_the_page_reads_it_by_its_first_value()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction, ("Cui", "RO18547328"), ("Cui", "RO1"), ("IsVatPayer", "true"));

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal("RO18547328", app.Company.LastTaxProfile?.Cui);
    }

    [Fact]
    public async Task A_choice_sent_with_a_value_it_does_not_offer_is_refused_without_repeating_it()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Company.Company = app.Company.Company with { TaxProfile = new TaxProfile("RO18547328", "", "", null, false) };
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction, ("Cui", "RO18547328"), ("IsVatPayer", "banana"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Portal.Web.Pages.FormPageModel.UnofferedValueRefusal, html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"field checks has-error\" aria-describedby=\"IsVatPayer-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<label><input type=\"radio\" id=\"IsVatPayer\" name=\"IsVatPayer\" value=\"true\" aria-invalid=\"true\"> Yes</label>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"IsVatPayer-error\">This is not a value this field takes.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("banana", html, StringComparison.Ordinal);
        Assert.Null(app.Company.LastTaxProfile);
    }

    [Fact]
    public async Task A_tax_profile_gone_by_the_save_is_asked_for_afresh_with_its_message_and_then_made_with_what_the_form_shows()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(Page);
        var token = Browser.CsrfToken(form, WebUtility.HtmlEncode(TaxAction));
        Assert.Contains("type=\"checkbox\" id=\"IsVatPayer\"", form, StringComparison.Ordinal);

        // The profile goes before the save, which the form, left as it was, sends as a browser does: the ticked box only.
        app.Company.Company = app.Company.Company with { TaxProfile = null };
        var refused = await BrowserForms.PostAsync(
            browser,
            token,
            TaxAction,
            [.. BrowserForms.ShownFields(form, TaxAction), ("Cui", "RO18547328"), ("VatNumber", "RO18547328"), ("RegistrationNumber", "J40/1234/2015"), ("IsVatPayer", "true")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<fieldset class=\"field checks has-error\" aria-describedby=\"IsVatPayer-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"field checks has-error\" aria-describedby=\"ReverseChargeEligible-error\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "<p class=\"field-error\" id=\"ReverseChargeEligible-error\">Choose Yes or No: the company has no tax profile yet, and a new one needs this.</p>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("name=\"IsVatPayer\" value=\"true\" checked=\"checked\" aria-invalid=\"true\"> Yes</label>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"checkbox\"", html, StringComparison.Ordinal);
        Assert.Equal(["IsVatPayer", "ReverseChargeEligible"], ErrorSummaryMarkup.Links(html, TaxAction).Select(link => link.Target));
        Assert.Null(app.Company.LastTaxProfile);

        // The form now shows a profile to make: every value it shows is sent, with the answer chosen.
        var response = await BrowserForms.PostAsync(
            browser,
            token,
            TaxAction,
            [.. BrowserForms.ShownFields(html, TaxAction), ("Cui", "RO18547328"), ("VatNumber", "RO18547328"), ("RegistrationNumber", "J40/1234/2015"),
                ("IsVatPayer", "true"), ("ReverseChargeEligible", "false")]);

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal(new TaxProfile("RO18547328", "RO18547328", "J40/1234/2015", true, false), app.Company.LastTaxProfile);
    }

    [Fact]
    public async Task Two_forms_open_at_once_each_save_only_what_their_reader_changed()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, first) = await browser.GetPageAsync(Page);
        var (_, second) = await browser.GetPageAsync(Page);

        // The second reader saves a new website, then the first, whose form still shows the old one, a new industry.
        Assert.Equal(Page + "?saved=details", (await BrowserForms.PostChangedAsync(browser, second, DetailsAction, ("Website", "https://new.lima-dental.example"))).Headers.Location?.OriginalString);
        var response = await BrowserForms.PostChangedAsync(browser, first, DetailsAction, ("Industry", "Orthodontics"));

        Assert.Equal(Page + "?saved=details", response.Headers.Location?.OriginalString);
        Assert.Equal(
            new CompanyDetails("Lima Dental", "Lima Dental SRL", "office@lima-dental.example", "+40212223344", "https://new.lima-dental.example", "Orthodontics"),
            app.Company.LastDetails);
    }

    [Fact]
    public async Task A_stored_value_the_browser_sends_back_trimmed_is_no_change_of_the_readers()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Company.Company = app.Company.Company with { Details = app.Company.Company.Details with { PrimaryEmail = " office@lima-dental.example " } };
        using var browser = await app.SignedInBrowser();
        var (_, first) = await browser.GetPageAsync(Page);
        var (_, second) = await browser.GetPageAsync(Page);

        await BrowserForms.PostChangedAsync(browser, second, DetailsAction, ("PrimaryEmail", "billing@lima-dental.example"));

        // A browser trims an e-mail field's value: the first reader did not touch it.
        await BrowserForms.PostChangedAsync(browser, first, DetailsAction, ("PrimaryEmail", "office@lima-dental.example"), ("Industry", "Orthodontics"));

        Assert.Equal(("billing@lima-dental.example", "Orthodontics"), (app.Company.LastDetails?.PrimaryEmail, app.Company.LastDetails?.Industry));
    }

    [Fact]
    public async Task A_post_that_leaves_fields_out_keeps_them_as_stored()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        var response = await BrowserForms.PostAsync(browser, Browser.CsrfToken(html, WebUtility.HtmlEncode(DetailsAction)), DetailsAction, ("Name", "Lima Dental Clinic"));

        Assert.Equal(Page + "?saved=details", response.Headers.Location?.OriginalString);
        Assert.Equal(
            new CompanyDetails("Lima Dental Clinic", "Lima Dental SRL", "office@lima-dental.example", "+40212223344", "https://lima-dental.example", "Dentistry"),
            app.Company.LastDetails);
    }

    [Fact]
    public async Task A_box_the_form_showed_ticked_is_saved_unticked_and_one_a_post_says_nothing_of_is_kept()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);
        var token = Browser.CsrfToken(html, WebUtility.HtmlEncode(TaxAction));

        // Without the form's own account of what it showed, a missing box cannot mean "unticked": the stored one stays.
        await BrowserForms.PostAsync(browser, token, TaxAction, ("Cui", "RO18547328"));
        Assert.True(app.Company.LastTaxProfile?.IsVatPayer);

        // The form showed "VAT payer" ticked and sends it unticked, as a browser does: nothing.
        await BrowserForms.PostAsync(browser, token, TaxAction, [.. BrowserForms.ShownFields(html, TaxAction), ("Cui", "RO18547328")]);
        Assert.False(app.Company.LastTaxProfile?.IsVatPayer);
    }

    [Fact]
    public async Task The_tax_profile_is_saved_with_its_check_boxes()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction,
            ("Cui", "31904683"), ("VatNumber", ""), ("RegistrationNumber", "J13/1190/2013"), ("ReverseChargeEligible", "true"));

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal(new TaxProfile("31904683", "", "J13/1190/2013", false, true), app.Company.LastTaxProfile);
    }

    [Fact]
    public async Task A_flag_the_Platform_did_not_state_reads_as_a_dash_not_as_no()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "viewer";
        app.Company.Company = app.Company.Company with { TaxProfile = new TaxProfile("RO18547328", "", "", null, false) };
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(Page);

        Assert.Contains("<div><dt>VAT payer</dt><dd>—</dd></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div><dt>Reverse charge</dt><dd>Not eligible</dd></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flag_the_Platform_did_not_state_is_a_choice_that_left_as_it_is_is_not_sent()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Company.Company = app.Company.Company with { TaxProfile = new TaxProfile("RO18547328", "", "", null, false) };
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        Assert.Contains("<legend>Registered for VAT (VAT payer)</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<label><input type=\"radio\" id=\"IsVatPayer\" name=\"IsVatPayer\" value=\"true\"> Yes</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label><input type=\"radio\" name=\"IsVatPayer\" value=\"false\"> No</label>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<label><input type=\"radio\" name=\"IsVatPayer\" value=\"\" checked=\"checked\"> Not stated: leave it as the Platform has it</label>",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"checkbox\" id=\"IsVatPayer\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\" id=\"ReverseChargeEligible\"", html, StringComparison.Ordinal);

        var response = await BrowserForms.PostChangedAsync(browser, html, TaxAction, ("VatNumber", "RO18547328"));

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal(new TaxProfile("RO18547328", "RO18547328", "", null, false), app.Company.LastTaxProfile);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, false)]
    public async Task A_flag_the_Platform_stopped_stating_after_the_form_showed_it_is_left_out_unless_the_reader_changed_it(bool untick, bool? sent)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        // The form showed VAT payer ticked; by the save the Platform no longer states it.
        app.Company.Company = app.Company.Company with { TaxProfile = app.Company.Company.TaxProfile! with { IsVatPayer = null } };
        var response = untick
            ? await BrowserForms.PostAsync(browser, Browser.CsrfToken(html, WebUtility.HtmlEncode(TaxAction)), TaxAction, [.. BrowserForms.ShownFields(html, TaxAction), ("Cui", "RO18547328")])
            : await BrowserForms.PostChangedAsync(browser, html, TaxAction);

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal(sent, app.Company.LastTaxProfile?.IsVatPayer);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("false", false)]
    public async Task A_flag_the_Platform_came_to_state_after_the_form_offered_it_as_a_choice_is_kept_unless_the_reader_chose(string chosen, bool sent)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Company.Company = app.Company.Company with { TaxProfile = new TaxProfile("RO18547328", "", "", null, false) };
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        // A colleague says VAT payer before this reader, who saw "Not stated", saves.
        app.Company.Company = app.Company.Company with { TaxProfile = app.Company.Company.TaxProfile! with { IsVatPayer = true } };
        var response = await BrowserForms.PostChangedAsync(browser, html, TaxAction, ("IsVatPayer", chosen));

        Assert.Equal(Page + "?saved=tax", response.Headers.Location?.OriginalString);
        Assert.Equal(sent, app.Company.LastTaxProfile?.IsVatPayer);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task An_answer_chosen_for_a_flag_the_Platform_did_not_state_is_saved(string chosen, bool saved)
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "billing";
        app.Company.Company = app.Company.Company with { TaxProfile = new TaxProfile("RO18547328", "", "", null, null) };
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        await BrowserForms.PostChangedAsync(browser, html, TaxAction, ("ReverseChargeEligible", chosen));

        Assert.Equal((null, saved), (app.Company.LastTaxProfile?.IsVatPayer, app.Company.LastTaxProfile?.ReverseChargeEligible));
    }

    [Fact]
    public async Task A_company_without_a_tax_profile_must_answer_both_flags_before_one_is_made()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Company.Company = app.Company.Company with { TaxProfile = null };
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(Page);
        Assert.Contains("<label><input type=\"radio\" id=\"IsVatPayer\" name=\"IsVatPayer\" value=\"true\"> Yes</label>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Not stated: leave it", form, StringComparison.Ordinal);

        // As a browser posts it: the one answer chosen, nothing for the other.
        var token = Browser.CsrfToken(form, WebUtility.HtmlEncode(TaxAction));
        var response = await BrowserForms.PostAsync(
            browser, token, TaxAction, [.. BrowserForms.ShownFields(form, TaxAction), ("Cui", "RO18547328"), ("ReverseChargeEligible", "true")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<fieldset class=\"field checks has-error\" aria-describedby=\"IsVatPayer-error\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "<p class=\"field-error\" id=\"IsVatPayer-error\">Choose Yes or No: the company has no tax profile yet, and a new one needs this.</p>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("name=\"ReverseChargeEligible\" value=\"true\" checked=\"checked\"> Yes</label>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ReverseChargeEligible-error", html, StringComparison.Ordinal);
        Assert.Null(app.Company.LastTaxProfile);

        await BrowserForms.PostAsync(
            browser, token, TaxAction, [.. BrowserForms.ShownFields(html, TaxAction), ("Cui", "RO18547328"), ("IsVatPayer", "false"), ("ReverseChargeEligible", "true")]);

        Assert.Equal(new TaxProfile("RO18547328", "", "", false, true), app.Company.LastTaxProfile);
    }

    [Fact]
    public async Task A_form_left_open_after_the_role_changed_is_refused_by_Portal_before_any_call()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(Page);
        var token = Browser.CsrfToken(form, WebUtility.HtmlEncode(DetailsAction));

        // The Platform now reports viewer: the next re-validation (on any page) puts it in the cookie.
        app.Sessions.Memberships[Samples.ClinicCustomer] = "viewer";
        app.Sessions.MembershipHash = "ffffeeeeddddcccc";
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1")).StatusCode);
        var callsBefore = app.Company.Calls;

        var response = await BrowserForms.PostAsync(browser, token, DetailsAction, ("Name", "Forged"), ("PrimaryEmail", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Your role (viewer) does not allow you to change the company details; the owner or billing role does.", html, StringComparison.Ordinal);
        Assert.Null(app.Company.LastDetails);
        Assert.Equal(callsBefore + 1, app.Company.Calls);
    }

    [Fact]
    public async Task The_Platforms_role_refusal_is_shown_on_the_form()
    {
        using var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        app.Company.ChangeFailure = new Application.Common.Exceptions.ActionNotPermittedException(
            "The Platform does not allow this for your role: Owner or billing role required.");
        using var browser = await app.SignedInBrowser();

        var response = await BrowserForms.SubmitAsync(browser, Page, TaxAction, ("Cui", ""), ("VatNumber", ""), ("RegistrationNumber", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<p class=\"form-error\" role=\"alert\">The Platform does not allow this for your role: Owner or billing role required.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nav_offers_Company_for_a_tenant_with_a_Platform_link()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Contains("<a href=\"/t/tenant-1/company\"", html, StringComparison.Ordinal);
    }
}
