using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Web.FunctionalTests.Hosting;

/// <summary>TempData is banned, so the global filter Razor Pages add to save it after every page is not there.</summary>
public sealed class TempDataFilterTests
{
    [Fact]
    public void No_page_runs_a_filter_that_saves_temp_data()
    {
        using var app = new PortalApp();

        var filters = app.Services.GetRequiredService<IOptions<MvcOptions>>().Value.Filters;

        Assert.NotEmpty(filters);
        Assert.DoesNotContain(filters, filter => filter.GetType().Name.Contains("TempData", StringComparison.Ordinal));
    }
}
