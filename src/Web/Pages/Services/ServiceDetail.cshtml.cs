using Microsoft.AspNetCore.Mvc;
using Portal.Application.Services.Queries.GetService;
using Portal.Application.Services.Queries.GetServiceUsage;
using Portal.Domain.Services;

namespace Portal.Web.Pages.Services;

/// <summary>One service with its plan and quotas, and its usage over 7, 30 or 90 days as an inline SVG chart with a table.</summary>
public sealed class ServiceDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "30d";

    public ServiceDetail? Detail { get; private set; }

    public UsageChart? Chart { get; private set; }

    public Task<IActionResult> OnGetAsync(string serviceId) => SignedInAsync(async signIn =>
    {
        var access = AccessFor(signIn);
        var detail = Mediator.Send(new GetServiceQuery(access, serviceId), Aborted);
        var usage = Mediator.Send(new GetServiceUsageQuery(access, serviceId, Period), Aborted);
        await Task.WhenAll(detail, usage).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Detail = await detail;
        Chart = new UsageChart(await usage);
        return Page();
    });
}
