using System.Net;
using Portal.Domain.Tenants;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// A page's queries leave alongside its tenant access check, and the HTPI services serve any tenant they are asked
/// about, so a refused request may well get the other tenant's answer. That answer is discarded by the access check
/// (TenantAccessBehavior): it is never rendered, never logged, and not kept once the request is over.
/// </summary>
public sealed class RefusedAnswerTests
{
    private const string OthersTenant = "tenant-3";
    private const string Marker = "Quillfeather";

    [Theory]
    [InlineData("/t/tenant-3/patients/pat-z")]
    [InlineData("/t/tenant-3/patients")]
    [InlineData("/t/tenant-3/patients?search=Zeb")]
    public async Task Another_tenants_answer_fetched_alongside_a_refused_check_is_neither_shown_nor_logged(string url)
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-z", "Zebediah", Marker, new TenantId(OthersTenant)));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(new TenantId(OthersTenant), app.Patients.LastScope?.TenantId);
        Assert.DoesNotContain(Marker, html, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Text.Contains(Marker, StringComparison.Ordinal));
    }
}
