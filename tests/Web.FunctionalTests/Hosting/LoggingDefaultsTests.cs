using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Web.FunctionalTests.Hosting;

/// <summary>
/// Out of the box Portal logs its own events, not a score of framework lines per page (hosting, routing, Razor Pages,
/// every backend HTTP call), which would cost more than the page under load; Logging__LogLevel__* still overrides.
/// </summary>
public sealed class LoggingDefaultsTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    [InlineData("Microsoft.AspNetCore.Routing.EndpointMiddleware")]
    [InlineData("Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageActionInvoker")]
    [InlineData("System.Net.Http.HttpClient.billing.LogicalHandler")]
    public void Per_request_framework_lines_are_off_by_default(string category)
    {
        using var app = new PortalApp();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void Portals_own_information_is_logged()
    {
        using var app = new PortalApp();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Web.Identity.SignedInWork");

        Assert.True(logger.IsEnabled(LogLevel.Information));
    }
}
