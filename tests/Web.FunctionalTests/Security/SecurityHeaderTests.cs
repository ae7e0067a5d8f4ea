using System.Net;

namespace Portal.Web.FunctionalTests.Security;

public sealed class SecurityHeaderTests
{
    public static TheoryData<string> Pages => new()
    {
        "/login",
        "/tenants",
        "/t/tenant-1",
        "/t/tenant-1/patients",
        "/t/tenant-1/patients/new",
        "/t/tenant-1/billing/invoices",
        "/t/tenant-1/services/svc-1",
        "/t/tenant-1/tickets/tk-1",
        "/t/tenant-3",
        "/no/such/page",
        "/css/site.css",
        "/js/live.js",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync(url);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }

    /// <summary>
    /// In production over HTTPS every answer, the live stream's branch included, asks the browser to keep to HTTPS for a
    /// year, for this host alone: Portal cannot know the operator's other subdomains, so neither includeSubDomains nor
    /// preload is sent.
    /// </summary>
    [Theory]
    [InlineData("/login")]
    [InlineData("/t/tenant-1")]
    [InlineData("/t/tenant-1/events")]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    public async Task Over_https_in_production_every_answer_keeps_the_browser_on_https_for_a_year(string url)
    {
        using var app = new PortalApp(new Dictionary<string, string?> { ["SECRET_KEY"] = PortalApp.SecretKey });
        using var browser = new Browser(app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example") }));
        await browser.SignInAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await browser.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        using var browser = await app.SignedInBrowser();

        foreach (var url in new[] { "/login", "/t/tenant-1", "/t/tenant-1/patients", "/t/tenant-1/services/svc-1" })
        {
            var (_, html) = await browser.GetPageAsync(url);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);
        }
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var huge = new string('x', 40_000);

        var response = await browser.SubmitAsync("/t/tenant-1/tickets/tk-1", "/t/tenant-1/tickets/tk-1", ("Content", huge));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
        Assert.Null(app.Support.LastReply);
    }
}
