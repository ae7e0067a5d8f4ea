using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Services.Queries.GetService;
using Portal.Application.Services.Queries.GetServiceUsage;
using Portal.Domain.Services;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Services;

/// <summary>
/// One service with its plan and quotas, what it uses now against its limits with the Platform's alerts, and, where the
/// Platform keeps a daily history, its usage over 7, 30 or 90 days as an inline SVG chart with a table.
/// </summary>
public sealed class ServiceDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "30d";

    public ServiceDetail? Detail { get; private set; }

    public ServiceUsage? Usage { get; private set; }

    /// <summary>Null when the Platform has no daily history for the service: there is nothing to chart.</summary>
    public UsageChart? Chart { get; private set; }

    public Task<IActionResult> OnGetAsync(string serviceId) => SignedInAsync(async signIn =>
    {
        var access = AccessFor(signIn);
        var detail = Mediator.Send(new GetServiceQuery(access, serviceId), Aborted);
        var usage = Mediator.Send(new GetServiceUsageQuery(access, serviceId, Period), Aborted);
        await Task.WhenAll(detail, usage).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Detail = await detail;
        Usage = await usage;
        Chart = Usage.HasHistory ? new UsageChart(Usage.History) : null;
        return Page();
    });

    /// <summary>The period's usage as CSV: one row a day, plain numbers a spreadsheet reads whatever its locale.</summary>
    public Task<IActionResult> OnGetCsvAsync(string serviceId) => SignedInAsync(async signIn =>
    {
        var usage = await Mediator.Send(new GetServiceUsageQuery(AccessFor(signIn), serviceId, Period), Aborted);
        var rows = usage.History.Points.Select(point => new[]
        {
            Display.IsoDate(point.Day),
            point.BandwidthGb.ToString(CultureInfo.InvariantCulture),
            point.DiskGb?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            point.Requests?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        });
        var csv = Csv.Write(["Day", "Bandwidth (GB)", "Disk (GB)", "Requests"], rows);
        return File(csv, Csv.ContentType, $"usage-{serviceId}-{Period}.csv");
    });
}
