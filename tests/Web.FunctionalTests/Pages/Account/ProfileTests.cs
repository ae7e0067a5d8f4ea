using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Profile;
using Portal.Web.Configuration;
using Portal.Web.FunctionalTests.Modes;

namespace Portal.Web.FunctionalTests.Pages.Account;

/// <summary>/account/profile: the user's own profile, its form, and the time zone Portal then shows times in.</summary>
public sealed class ProfileTests
{
    private const string Page = "/account/profile";

    private const string LeaveAsItIs = "Not stated: leave it as the Platform has it";

    [Fact]
    public async Task The_profile_shows_what_the_Platform_holds_and_the_header_links_to_it()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("ro", "Europe/Bucharest");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"/account/profile\" class=\"account-link\" aria-current=\"page\">My account</a>", html, StringComparison.Ordinal);
        Assert.Contains("ada@example.com", html, StringComparison.Ordinal);
        Assert.Contains("44 20 7946 0018\" autocomplete=\"tel\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ro\" lang=\"ro\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Europe/Bucharest\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"SmsNotifications\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"MarketingEmails\" value=\"true\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain(LeaveAsItIs, html, StringComparison.Ordinal);
        Assert.Equal(Samples.AdaPlatformId, app.Profile.LastScope!.PlatformUserId);
    }

    [Theory]
    [InlineData("/account/profile", "profile", "My profile")]
    [InlineData("/account/privacy", "privacy", "Privacy and your data")]
    public async Task Each_account_page_is_headed_as_its_title_says_and_links_to_the_other_in_its_own_navigation(string path, string current, string heading)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<nav class=\"subnav\" aria-label=\"My account\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account/profile\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account/privacy\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/account/{current}\" aria-current=\"page\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{heading} · Portal</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_sends_the_whole_profile_confirms_it_and_carries_the_new_time_zone_in_the_cookie()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            Page, Page, ("FirstName", " Ada "), ("LastName", "King"), ("Phone", "+40 721 234 567"), ("Language", "en"),
            ("TimeZone", "America/New_York"), ("EmailNotifications", "true"), ("MarketingEmails", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/profile?saved=true", response.Headers.Location?.OriginalString);
        Assert.Equal(
            new ProfileChanges("Ada", "King", "+40 721 234 567", "en", "America/New_York", true, false, true),
            Assert.Single(app.Profile.Updates));
        Assert.Equal("America/New_York", IssuedSignIn.From(app, response)?.TimeZone);

        var (confirmed, html) = await browser.GetPageAsync("/account/profile?saved=true");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("role=\"status\">Your profile was saved. Times are shown in America/New_York.</p>", html, StringComparison.Ordinal);
        Assert.Contains("data-time-zone=\"America/New_York\"", html, StringComparison.Ordinal);

        // Joined 5 Jan 2026 09:30 UTC: 04:30 in New York, written so without script.
        Assert.Contains("<time datetime=\"2026-01-05T09:30:00Z\" data-local=\"datetime\">5 Jan 2026, 04:30 UTC-5</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_chosen_time_zone_times_stay_in_UTC_and_the_page_names_no_zone()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(Page);

        Assert.DoesNotContain("data-time-zone", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-01-05T09:30:00Z\" data-local=\"datetime\">5 Jan 2026, 09:30 UTC</time>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\" selected=\"selected\">" + LeaveAsItIs + "</option>", Select(html, "TimeZone"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_zone_of_the_profile_is_read_at_sign_in_and_every_page_writes_times_in_it()
    {
        using var app = new PortalApp();
        app.Profile.Profile = new UserProfile("ada@example.com", "Ada", "Lovelace", string.Empty)
        {
            JoinedAt = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero),
            Preferences = new ProfilePreferences("en", "Asia/Kolkata", true, false, false),
        };
        using var browser = app.Browser();

        var signedIn = await browser.SignInAsync();
        var (_, html) = await browser.GetPageAsync(Page);

        Assert.Equal("Asia/Kolkata", IssuedSignIn.From(app, signedIn)?.TimeZone);
        Assert.Contains("data-local=\"datetime\">1 Jul 2026, 17:30 UTC&#x2B;5:30</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_that_cannot_be_read_at_sign_in_leaves_the_zone_out_and_the_sign_in_succeeds()
    {
        using var app = new PortalApp();
        app.Profile.Failure = new BackendUnavailableException("profile", "answered HTTP 503");
        using var browser = app.Browser();

        var signedIn = await browser.SignInAsync();

        var issued = IssuedSignIn.From(app, signedIn);
        Assert.NotNull(issued);
        Assert.Null(issued.TimeZone);
    }

    [Fact]
    public async Task An_invalid_profile_is_answered_beside_its_fields_with_what_was_typed_and_nothing_is_sent()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            Page, Page, ("FirstName", "Ada"), ("LastName", new string('L', 151)), ("Phone", "call me maybe"), ("Language", "fr"),
            ("TimeZone", "Mars/Olympus_Mons"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"LastName-error\">Last name must be at most 150 characters", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Phone-error\">Enter a phone number of 6 to 15 digits", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Language-error\">Choose English or Romanian.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"TimeZone-error\">Choose a time zone from the list", html, StringComparison.Ordinal);
        Assert.Contains("value=\"call me maybe\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Mars/Olympus_Mons\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Empty(app.Profile.Updates);
        Assert.Null(IssuedSignIn.From(app, response)?.TimeZone);
    }

    [Fact]
    public async Task A_save_without_the_forms_token_or_with_another_forms_token_is_refused_and_nothing_is_sent()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var (_, privacy) = await browser.GetPageAsync("/account/privacy");
        string[] fields = ["FirstName", "LastName", "Phone", "Language", "TimeZone"];
        KeyValuePair<string, string>[] values = [.. fields.Zip(["Ada", "King", "", "en", "UTC"], KeyValuePair.Create)];

        var withoutToken = await browser.PostFormAsync(Page, values);
        var withOtherToken = await browser.PostFormAsync(Page, [new("__csrf", Browser.CsrfToken(privacy, "/account/privacy")), .. values]);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withOtherToken.StatusCode);
        Assert.Empty(app.Profile.Updates);
    }

    [Fact]
    public async Task A_post_that_leaves_fields_out_keeps_them_as_stored()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("ro", "Europe/Bucharest");
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(Page, Page, ("Phone", "+40 721 234 567"));

        Assert.Equal("/account/profile?saved=true", response.Headers.Location?.OriginalString);
        Assert.Equal(
            new ProfileChanges("Ada", "Lovelace", "+40 721 234 567", "ro", "Europe/Bucharest", true, true, false),
            Assert.Single(app.Profile.Updates));
    }

    [Fact]
    public async Task A_preference_the_Platform_did_not_state_is_a_choice_that_left_as_it_is_is_not_sent()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Europe/Bucharest") with { Preferences = new ProfilePreferences("en", "Europe/Bucharest", null, true, false) };
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        Assert.Contains("<legend>Email notifications</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<label><input type=\"radio\" id=\"EmailNotifications\" name=\"EmailNotifications\" value=\"true\"> On</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label><input type=\"radio\" name=\"EmailNotifications\" value=\"false\"> Off</label>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<label><input type=\"radio\" name=\"EmailNotifications\" value=\"\" checked=\"checked\"> Not stated: leave it as the Platform has it</label>",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"checkbox\" id=\"EmailNotifications\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" id=\"SmsNotifications\" name=\"SmsNotifications\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" id=\"MarketingEmails\" name=\"MarketingEmails\" value=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"MarketingEmails\" value=\"true\" checked", html, StringComparison.Ordinal);

        var response = await BrowserForms.PostChangedAsync(browser, html, Page, ("Phone", "+40 721 234 567"));

        Assert.Equal("/account/profile?saved=true", response.Headers.Location?.OriginalString);
        Assert.Equal(
            new ProfileChanges("Ada", "Lovelace", "+40 721 234 567", "en", "Europe/Bucharest", null, true, false),
            Assert.Single(app.Profile.Updates));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task An_answer_chosen_for_a_preference_the_Platform_did_not_state_is_sent(string chosen, bool sent)
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Europe/Bucharest") with { Preferences = ProfilePreferences.Unknown with { Language = "en", TimeZone = "Europe/Bucharest" } };
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        await BrowserForms.PostChangedAsync(browser, html, Page, ("MarketingEmails", chosen));

        var update = Assert.Single(app.Profile.Updates);
        Assert.Equal((null, null, sent), (update.EmailNotifications, update.SmsNotifications, update.MarketingEmails));
    }

    [Fact]
    public async Task A_refused_save_shows_a_preference_the_Platform_did_not_state_again_as_the_choice_with_the_readers_answer()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Europe/Bucharest") with { Preferences = new ProfilePreferences("en", "Europe/Bucharest", null, true, false) };
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(Page);

        var response = await BrowserForms.PostChangedAsync(browser, form, Page, ("Phone", "call me maybe"), ("EmailNotifications", "true"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<label><input type=\"radio\" id=\"EmailNotifications\" name=\"EmailNotifications\" value=\"true\" checked=\"checked\"> On</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"shown.EmailNotifications\" value=\"\">", html, StringComparison.Ordinal);
        Assert.Empty(app.Profile.Updates);
    }

    [Fact]
    public async Task A_language_and_zone_the_Platform_did_not_state_are_shown_as_such_and_left_so_are_not_sent()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Europe/Bucharest") with { Preferences = new ProfilePreferences(null, null, true, true, false) };
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        var language = Select(html, "Language");
        Assert.StartsWith("<option value=\"\" selected=\"selected\">" + LeaveAsItIs + "</option>", language, StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\">English</option>", language, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ro\" lang=\"ro\">Română</option>", language, StringComparison.Ordinal);
        Assert.StartsWith("<option value=\"\" selected=\"selected\">" + LeaveAsItIs + "</option>", Select(html, "TimeZone"), StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"shown.Language\" value=\"\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"shown.TimeZone\" value=\"\">", html, StringComparison.Ordinal);

        var response = await BrowserForms.PostChangedAsync(browser, html, Page, ("Phone", "+40 721 234 567"));

        Assert.Equal("/account/profile?saved=true", response.Headers.Location?.OriginalString);
        Assert.Equal(
            new ProfileChanges("Ada", "Lovelace", "+40 721 234 567", null, null, true, true, false),
            Assert.Single(app.Profile.Updates));
        Assert.Null(IssuedSignIn.From(app, response)?.TimeZone);
        var (_, confirmed) = await browser.GetPageAsync("/account/profile?saved=true");
        Assert.Contains("Your profile was saved. Times are shown in your browser&#x27;s time zone.", confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-time-zone", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_and_zone_chosen_where_the_Platform_stated_none_are_sent()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Europe/Bucharest") with { Preferences = new ProfilePreferences(null, null, true, true, false) };
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        var response = await BrowserForms.PostChangedAsync(browser, html, Page, ("Language", "ro"), ("TimeZone", "Europe/Bucharest"));

        Assert.Equal("/account/profile?saved=true", response.Headers.Location?.OriginalString);
        var update = Assert.Single(app.Profile.Updates);
        Assert.Equal(("ro", "Europe/Bucharest"), (update.Language, update.TimeZone));
        Assert.Equal("Europe/Bucharest", IssuedSignIn.From(app, response)?.TimeZone);
    }

    [Fact]
    public async Task A_refused_save_keeps_the_language_chosen_where_the_Platform_stated_none_and_still_offers_to_leave_it()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Europe/Bucharest") with { Preferences = new ProfilePreferences(null, null, true, true, false) };
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(Page);

        var response = await BrowserForms.PostChangedAsync(browser, form, Page, ("Phone", "call me maybe"), ("Language", "ro"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var language = Select(html, "Language");
        Assert.StartsWith("<option value=\"\">" + LeaveAsItIs + "</option>", language, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ro\" lang=\"ro\" selected=\"selected\">Română</option>", language, StringComparison.Ordinal);
        Assert.StartsWith("<option value=\"\" selected=\"selected\">" + LeaveAsItIs + "</option>", Select(html, "TimeZone"), StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"shown.Language\" value=\"\">", html, StringComparison.Ordinal);
        Assert.Empty(app.Profile.Updates);
    }

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("xx")]
    public async Task A_language_the_Platform_states_that_Portal_does_not_offer_is_shown_as_it_is_and_kept(string code)
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile(code, "Europe/Bucharest");
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(Page);

        var language = Select(html, "Language");
        Assert.StartsWith($"<option value=\"{code}\" selected=\"selected\">{code}</option>", language, StringComparison.Ordinal);
        Assert.DoesNotContain(LeaveAsItIs, language, StringComparison.Ordinal);

        var response = await BrowserForms.PostChangedAsync(browser, html, Page, ("Phone", "+40 721 234 567"));

        Assert.Equal("/account/profile?saved=true", response.Headers.Location?.OriginalString);
        Assert.Equal(code, Assert.Single(app.Profile.Updates).Language);
    }

    [Fact]
    public async Task A_refused_save_still_offers_the_stored_language_and_zone_that_Portal_does_not_list_beside_the_readers_choice()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("pt-BR", "Mars/Olympus_Mons");
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync(Page);

        var response = await BrowserForms.PostChangedAsync(browser, form, Page, ("Phone", "call me maybe"), ("Language", "en"), ("TimeZone", "Europe/Bucharest"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var language = Select(html, "Language");
        Assert.StartsWith("<option value=\"pt-BR\">pt-BR</option>", language, StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\" selected=\"selected\">English</option>", language, StringComparison.Ordinal);
        Assert.StartsWith("<option value=\"Mars/Olympus_Mons\">", Select(html, "TimeZone"), StringComparison.Ordinal);
        Assert.Empty(app.Profile.Updates);
    }

    [Fact]
    public async Task A_stored_zone_this_machine_does_not_know_is_kept_as_it_is_and_does_not_stop_the_rest_being_saved()
    {
        using var app = new PortalApp();
        app.Profile.Profile = Samples.AdaProfile("en", "Mars/Olympus_Mons");
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(Page, Page, ("Phone", "+40 721 234 567"));

        Assert.Equal("/account/profile?saved=true", response.Headers.Location?.OriginalString);
        Assert.Equal("Mars/Olympus_Mons", Assert.Single(app.Profile.Updates).TimeZone);
        Assert.Null(IssuedSignIn.From(app, response)?.TimeZone);
    }

    [Fact]
    public async Task A_Platform_that_cannot_save_shows_the_unavailable_page_and_keeps_the_cookies_zone()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var token = Browser.CsrfToken((await browser.GetPageAsync(Page)).Html, Page);
        app.Profile.Failure = new BackendUnavailableException("profile", "answered HTTP 503");

        var response = await browser.PostFormAsync(
            Page, [new("__csrf", token), new("FirstName", "Ada"), new("LastName", "King"), new("Phone", ""), new("Language", "en"), new("TimeZone", "UTC")]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(IssuedSignIn.From(app, response)?.TimeZone);
    }

    [Fact]
    public async Task Without_the_Platform_there_is_no_account_page_and_no_link_to_it()
    {
        using var app = new PortalApp(modes: new BackendModes(Htpi: true, Platform: false));
        using var browser = await app.SignedInBrowser();

        var (response, _) = await browser.GetPageAsync(Page);
        var (_, tenants) = await browser.GetPageAsync("/tenants");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("My account", tenants, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_Platform_alone_the_account_is_the_Platform_users()
    {
        using var app = new PortalApp(modes: new BackendModes(Htpi: false, Platform: true));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("My account", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_the_page_sends_to_the_login()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The options of the select <paramref name="id"/>, trimmed: what follows its opening tag up to its end.</summary>
    private static string Select(string html, string id)
    {
        var start = html.IndexOf("<select id=\"" + id + "\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "No select " + id);
        var options = html.IndexOf('>', start) + 1;
        return html[options..html.IndexOf("</select>", options, StringComparison.Ordinal)].Trim();
    }
}
