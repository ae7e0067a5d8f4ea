using System.Net;
using System.Text.RegularExpressions;
using Portal.Testing.Support;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// Issue #12's "Done when" against real processes: Portal, nats-server and the demo backend, which answers as the revised
/// HTPI and Platform contracts describe. Every page of every area works for each Platform role; a non-member, a practice
/// without a Platform customer and a deactivated membership all see exactly what a practice that does not exist shows.
/// The demo backend counts no signature refusals, so "no Platform request refused for its signature" is proved through
/// the pages (a refused call leaves its page or card unavailable) and through Portal's log, which names every 401 the
/// Platform answers it.
/// </summary>
public sealed class RealBackendsTests(RealBackendsFixture stack, ITestOutputHelper output) : IClassFixture<RealBackendsFixture>
{
    private const string Dana = "dana.whitfield@example.com";
    private const string DanasPassword = "demo-password-1";
    private const string Marco = "marco.alvarez@example.com";
    private const string MarcosPassword = "demo-password-2";
    private const string Sam = "sam.okafor@example.com";
    private const string SamsPassword = "demo-password-4";
    private const string NoSuchPractice = "tnt-nowhere";

    /// <summary>The start of Portal's log line for a Platform 401 (the adapter's PlatformLog.SignatureRefused).</summary>
    private const string SignatureRefused = "refused Portal's signature";

    [Theory]
    [InlineData("owner", Dana, DanasPassword, "tnt-riverside")]
    [InlineData("billing", Dana, DanasPassword, "tnt-harbor")]
    [InlineData("tech", Marco, MarcosPassword, "tnt-summit")]
    [InlineData("viewer", Sam, SamsPassword, "tnt-riverside")]
    public async Task A_member_of_any_role_gets_every_page_of_every_area(string role, string email, string password, string tenantId)
    {
        using var browser = await SignInAsync(email, password);
        var practice = $"/t/{tenantId}";
        var dashboard = await PageAsync(browser, practice);
        Assert.Equal(role, RoleShown(dashboard), ignoreCase: true);
        foreach (var area in new[] { "/patients", "/billing", "/services", "/tickets" })
        {
            Assert.Contains($"href=\"{practice}{area}\"", dashboard, StringComparison.Ordinal);
        }

        var (claim, visit) = await PatientWithClaimAndVisitAsync(browser, practice);
        await PageAsync(browser, claim);
        await PageAsync(browser, visit);

        await PageAsync(browser, practice + "/billing");
        var invoice = FirstLink(await PageAsync(browser, practice + "/billing/invoices"), practice + "/billing/invoices/");
        var pdf = invoice + "/pdf";
        Assert.Contains($"href=\"{pdf}\"", await PageAsync(browser, invoice), StringComparison.Ordinal);
        using (var document = await browser.GetAsync(new Uri(pdf, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await PageAsync(browser, FirstLink(await PageAsync(browser, practice + "/billing/proformas"), practice + "/billing/proformas/"));
        await PageAsync(browser, FirstLink(await PageAsync(browser, practice + "/services"), practice + "/services/"));
        await PageAsync(browser, FirstLink(await PageAsync(browser, practice + "/tickets"), practice + "/tickets/"));
        await PageAsync(browser, practice + "/tickets/new");
    }

    [Fact]
    public async Task A_non_member_sees_exactly_what_a_nonexistent_practice_shows()
    {
        const string riverside = "/t/tnt-riverside";
        string patient;
        string invoice;
        using (var dana = await SignInAsync(Dana, DanasPassword))
        {
            patient = FirstLink(await PageAsync(dana, riverside + "/patients"), riverside + "/patients/");
            invoice = FirstLink(await PageAsync(dana, riverside + "/billing/invoices"), riverside + "/billing/invoices/");
        }

        using var marco = await SignInAsync(Marco, MarcosPassword);
        foreach (var page in new[] { riverside, riverside + "/billing", invoice, invoice + "/pdf", patient, riverside + "/services", riverside + "/tickets/new" })
        {
            await AssertSameAsNoSuchPracticeAsync(marco, page, "tnt-riverside");
        }

        // Sam's Harbor membership is deactivated: the Platform still lists it, Portal must not open it.
        using var sam = await SignInAsync(Sam, SamsPassword);
        foreach (var area in new[] { "", "/billing", "/billing/invoices", "/services", "/tickets" })
        {
            await AssertSameAsNoSuchPracticeAsync(sam, "/t/tnt-harbor" + area, "tnt-harbor");
        }
    }

    [Fact]
    public async Task A_practice_without_a_Platform_customer_offers_no_Platform_area_and_its_addresses_are_not_found()
    {
        const string lakeside = "/t/tnt-lakeside";
        using var sam = await SignInAsync(Sam, SamsPassword);

        var dashboard = await PageAsync(sam, lakeside);
        Assert.Contains($"href=\"{lakeside}/patients\"", dashboard, StringComparison.Ordinal);
        foreach (var area in new[] { "/billing", "/services", "/tickets" })
        {
            Assert.DoesNotContain($"href=\"{lakeside}{area}", dashboard, StringComparison.Ordinal);
        }

        foreach (var area in new[] { "/billing", "/billing/invoices", "/billing/proformas", "/services", "/tickets", "/tickets/new" })
        {
            await AssertSameAsNoSuchPracticeAsync(sam, lakeside + area, "tnt-lakeside");
        }
    }

    /// <summary>A patient of the practice's list with both a claim and a visit: the addresses of those two pages.</summary>
    private async Task<(string Claim, string Visit)> PatientWithClaimAndVisitAsync(HttpClient browser, string practice)
    {
        foreach (var patient in Links(await PageAsync(browser, practice + "/patients"), practice + "/patients/"))
        {
            var page = await PageAsync(browser, patient);
            var claim = Links(page, practice + "/claims/").FirstOrDefault();
            var visit = Links(page, patient + "/encounters/").FirstOrDefault();
            if (claim is not null && visit is not null)
            {
                return (claim, visit);
            }
        }

        throw new InvalidOperationException($"No patient on {practice}/patients links both a claim and a visit.");
    }

    private async Task AssertSameAsNoSuchPracticeAsync(HttpClient browser, string page, string tenantId)
    {
        var (status, body) = await AnswerAsync(browser, page);
        var (expectedStatus, expectedBody) = await AnswerAsync(browser, page.Replace($"/t/{tenantId}", $"/t/{NoSuchPractice}", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, expectedStatus);
        Assert.True(status == expectedStatus, $"{page} answered {(int)status}, a practice that does not exist {(int)expectedStatus}");
        Assert.Equal(expectedBody, body.Replace(tenantId, NoSuchPractice, StringComparison.Ordinal));
    }

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = stack.Portal.Address,
        };
        using var signIn = await PortalForms.SignInAsync(browser, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>A page that must work: 200, and nothing on it unavailable (a Platform call refused for its signature would be).</summary>
    private async Task<string> PageAsync(HttpClient browser, string page)
    {
        var (status, html) = await AnswerAsync(browser, page);
        Assert.True(status == HttpStatusCode.OK, $"{page} answered {(int)status}: {html}");
        Assert.False(html.Contains("unavailable", StringComparison.OrdinalIgnoreCase), $"{page} says something is unavailable: {html}");
        Assert.DoesNotContain(SignatureRefused, stack.Portal.Output, StringComparison.Ordinal);
        return html;
    }

    private async Task<(HttpStatusCode Status, string Body)> AnswerAsync(HttpClient browser, string page)
    {
        using var answer = await browser.GetAsync(new Uri(page, UriKind.Relative));
        output.WriteLine($"GET {page} → {(int)answer.StatusCode}");
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    /// <summary>The role the practice header shows the signed-in user (the Platform's, with both backends).</summary>
    private static string RoleShown(string html) =>
        Regex.Match(html, "<span class=\"practice-role\"><span class=\"visually-hidden\">your role(?:: </span>| on the </span>Platform: )(?<role>[^<]+)</span>").Groups["role"].Value;

    private static string FirstLink(string html, string prefix) =>
        Links(html, prefix).FirstOrDefault() ?? throw new InvalidOperationException($"No link to {prefix}… on the page:{Environment.NewLine}{html}");

    /// <summary>The links on the page to <paramref name="prefix"/> and one more path segment (not the "new" form), with their query.</summary>
    private static IEnumerable<string> Links(string html, string prefix) =>
        Regex.Matches(html, $"href=\"(?<url>{Regex.Escape(prefix)}(?!new[\"?])[^\"/?#]+(\\?[^\"#]*)?)\"")
            .Select(match => WebUtility.HtmlDecode(match.Groups["url"].Value))
            .Distinct(StringComparer.Ordinal);
}
