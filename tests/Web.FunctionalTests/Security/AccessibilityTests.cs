using System.Text.RegularExpressions;

namespace Portal.Web.FunctionalTests.Security;

public sealed class AccessibilityTests
{
    [Theory]
    [InlineData("/t/tenant-1")]
    [InlineData("/t/tenant-1/patients")]
    [InlineData("/t/tenant-1/tickets/tk-1")]
    public async Task Pages_have_the_landmarks_a_skip_link_and_a_language(string url)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(url);

        Assert.Contains("<html lang=\"en-US\">", html, StringComparison.Ordinal);
        Assert.Contains("<header", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"site-nav\" aria-label=\"Main\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("<footer", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/t/tenant-1/patients/new")]
    [InlineData("/t/tenant-1/tickets/new")]
    [InlineData("/t/tenant-1/tickets/tk-1")]
    [InlineData("/t/tenant-1/tickets")]
    public async Task Every_visible_form_control_has_a_label(string url)
    {
        using var app = new PortalApp();
        using var browser = url == "/login" ? app.Browser() : await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(url);

        var controls = Regex.Matches(html, "<(input|select|textarea)\\b(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"");
        Assert.NotEmpty(controls);
        Assert.All(controls, control => Assert.Contains($"<label for=\"{control.Groups[2].Value}\">", html, StringComparison.Ordinal));
    }
}
