using System.Net;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Web.Pages.Billing;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>What a customer notices first (issue 14): which practice, one status vocabulary, plurals, filters, times, money.</summary>
public sealed class CustomerExperienceTests
{
    [Fact]
    public async Task Every_practice_page_names_the_practice_and_the_users_role_with_a_switch_to_the_other_practice()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        foreach (var page in new[] { "/t/tenant-1", "/t/tenant-1/patients", "/t/tenant-1/billing/invoices", "/t/tenant-1/tickets" })
        {
            var (_, html) = await browser.GetPageAsync(page);
            Assert.Contains("<span class=\"practice-name\">Springfield Clinic</span>", html, StringComparison.Ordinal);
            Assert.Contains("your role: </span>Owner</span>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/t/tenant-2\">Shelbyville Practice <span class=\"muted\">(Viewer)</span></a>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_user_with_one_practice_goes_straight_to_its_dashboard()
    {
        using var app = new PortalApp();
        app.Identity.Add(Samples.Bob, Samples.BobToken, "bobs password");
        using var browser = app.Browser();
        await browser.SignInAsync(Samples.Bob.Email, "bobs password");

        var response = await browser.GetAsync("/tenants");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/tenant-3", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_user_whose_one_practice_refuses_their_access_is_told_so_instead_of_sent_to_a_page_not_theirs()
    {
        using var app = new PortalApp();
        app.Identity.Add(Samples.Bob, Samples.BobToken, "bobs password");
        app.Tenants.AccessAnswer = _ => Task.FromResult(false);
        using var browser = app.Browser();
        await browser.SignInAsync(Samples.Bob.Email, "bobs password");

        var (response, html) = await browser.GetPageAsync("/tenants");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your access to Capital City Care has ended, or is not active.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/t/tenant-3\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overdue_invoice_says_Overdue_once_with_emphasis_and_a_draft_is_not_shown_as_a_bill()
    {
        using var app = new PortalApp();
        app.Billing.Add(new InvoiceSummary(
            new InvoiceNumber("INV-2026-0003"), InvoiceStatus.Draft, new Money(30_855, "EUR"), null, Samples.At, false, new Money(0, "EUR")));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");

        Assert.Contains("<span class=\"status status-overdue\">Overdue</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(overdue)", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<span class=\"status status-draft\">Draft, not issued yet</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("EUR&#xA0;0.00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_filter_value_is_a_message_beside_the_filter_on_the_list_page()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices?status=stolen");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1 id=\"invoices-heading\">Invoices</h1>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"status-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"status-error\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_redirects_to_the_last_page_keeping_the_filter()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/billing/invoices?status=overdue&page=99");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/tenant-1/billing/invoices?status=overdue&page=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_list_whose_backend_claims_a_page_past_its_last_is_shown_not_redirected_to_itself()
    {
        using var app = new PortalApp();
        app.Billing.Add(Samples.Invoice("INV-1"));
        app.Billing.ClaimedInvoicePage = 7;
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices?page=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("INV-1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_take_the_singular_for_one()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1", "Ada", "Lovelace"));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/patients");

        Assert.Contains(">1 patient</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_options_read_as_the_table_does()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, tickets) = await browser.GetPageAsync("/t/tenant-1/tickets");
        var (_, dashboard) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Contains("<option value=\"in_progress\">In progress</option>", tickets, StringComparison.Ordinal);
        Assert.Contains("<option value=\"waiting_on_customer\">Waiting on customer</option>", tickets, StringComparison.Ordinal);
        Assert.Contains(">Waiting on you</a></dt>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain(">Pending</a></dt>", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_sort_by_a_column_within_the_page_and_the_header_says_which_way()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, ascending) = await browser.GetPageAsync("/t/tenant-1/billing/invoices?sort=number");
        var (_, descending) = await browser.GetPageAsync("/t/tenant-1/billing/invoices?sort=number&dir=desc");

        Assert.True(ascending.IndexOf("INV-2026-0001</a>", StringComparison.Ordinal) < ascending.IndexOf("INV-2026-0002</a>", StringComparison.Ordinal));
        Assert.True(descending.IndexOf("INV-2026-0002</a>", StringComparison.Ordinal) < descending.IndexOf("INV-2026-0001</a>", StringComparison.Ordinal));
        Assert.Contains("aria-sort=\"descending\"><a class=\"sort-link\" href=\"/t/tenant-1/billing/invoices?sort=number&amp;dir=asc&amp;page=1\">", descending, StringComparison.Ordinal);
        Assert.Contains("Sorting a column orders the rows of this page.", descending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invoice_list_downloads_as_csv_with_the_same_status_words()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/billing/invoices?handler=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"Invoice\",\"Status\",\"Created\",\"Due\",\"Currency\",\"Total\",\"Amount due\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"INV-2026-0002\",\"Overdue\",\"2026-11-01\",\"2026-12-01\",\"EUR\",\"121.00\",\"121.00\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credit_in_the_csv_stays_a_negative_number_a_spreadsheet_can_add_up()
    {
        using var app = new PortalApp();
        app.Billing.Add(new InvoiceSummary(
            new InvoiceNumber("INV-2026-0004"), InvoiceStatus.Issued, new Money(-500, "EUR"), new DateOnly(2026, 12, 1), Samples.At, false, new Money(-500, "EUR")));
        using var browser = await app.SignedInBrowser();

        var csv = await (await browser.GetAsync("/t/tenant-1/billing/invoices?handler=csv")).Content.ReadAsStringAsync();

        Assert.Contains("\"EUR\",\"-5.00\",\"-5.00\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_that_cannot_hold_every_invoice_says_so_on_its_link()
    {
        using var app = new PortalApp();
        for (var number = 1; number <= InvoiceListModel.MaxCsvInvoices + 1; number++)
        {
            app.Billing.Add(Samples.Invoice($"INV-2027-{number:0000}"));
        }

        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");
        var (_, few) = await browser.GetPageAsync("/t/tenant-1/billing/invoices?status=paid");

        Assert.Contains($"download>Download as CSV (the first 1,000 of {app.Billing.InvoiceCount:N0})</a>", html, StringComparison.Ordinal);
        Assert.Contains("download>Download as CSV</a>", few, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_of_a_list_the_Platform_gave_no_count_of_says_it_holds_at_most_its_limit()
    {
        using var app = new PortalApp();
        app.Billing.Counted = ListCounted.Nothing;
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");

        Assert.Contains("download>Download as CSV (at most 1,000)</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instants_are_time_elements_in_UTC_for_the_browser_to_localise_and_dates_have_no_time()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");

        Assert.Contains("<time datetime=\"2026-11-01T09:00:00Z\" data-local=\"datetime\">1 Nov 2026, 09:00 UTC</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-12-01\" data-local=\"date\">1 Dec 2026</time>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/local-time.js\" defer></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CULTURE_setting_decides_how_money_and_dates_read()
    {
        using var app = new PortalApp(new Dictionary<string, string?>
        {
            ["SECRET_KEY"] = PortalApp.SecretKey,
            ["ENV"] = "development",
            ["CULTURE"] = "de-DE",
        });
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing");

        Assert.Contains("<html lang=\"de-DE\">", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;242,00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_user_keeps_the_header_and_sign_out_on_an_error_page()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<span class=\"account-name\">", html, StringComparison.Ordinal);
        Assert.Contains(">Sign out</button>", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"site-nav\" aria-label=\"Main\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backend_that_is_down_keeps_the_practice_navigation_on_the_503_page()
    {
        using var app = new PortalApp();
        app.Billing.Failure = new BackendUnavailableException("billing", "timed out");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("<a href=\"/t/tenant-1/patients\"", html, StringComparison.Ordinal);
        Assert.Contains(">Sign out</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_kept_out_of_the_customer_portal_is_told_so_and_a_wrong_password_is_not()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        app.Identity.Failure = new NotAuthenticatedException("not allowed in the customer portal");
        var (_, refused) = await ReadAsync(await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", Samples.AdaPassword)));
        app.Identity.Failure = new NotAuthenticatedException("invalid email or password");
        var (_, wrong) = await ReadAsync(await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", "not-it-at-all")));

        Assert.Contains("This account cannot sign in to the customer portal.", refused, StringComparison.Ordinal);
        Assert.Contains("The email address or password is not right.", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("This account cannot", wrong, StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage, string)> ReadAsync(HttpResponseMessage response) =>
        (response, await response.Content.ReadAsStringAsync());
}
