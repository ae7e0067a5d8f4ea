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
