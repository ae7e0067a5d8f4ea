using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Access;
using Portal.Application.Common.Sections;
using Portal.Application.Services.Commands.SetAutoRenew;
using Portal.Application.Services.Queries.GetService;
using Portal.Application.Services.Queries.GetServiceUsage;
using Portal.Application.Services.Queries.ListServicePlans;
using Portal.Domain.Services;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Services;

/// <summary>
/// One service with its plan and quotas, what it uses now against its limits with the Platform's alerts (shown as
/// unavailable on its own when the Platform cannot say, the rest of the page still there), and, where the
/// Platform keeps a daily history, its usage over 7, 30 or 90 days as an inline SVG chart with a table; the plans of its
/// type it could move to; and, for the roles that may, the switch of its auto-renewal (a form posted here, then
/// redirected back with a flag that says what was done).
/// </summary>
public sealed class ServiceDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "30d";

    public ServiceDetail? Detail { get; private set; }

    /// <summary>What the service uses; unavailable, with the rest of the page shown, when the Platform could not say.</summary>
    public Section<ServiceUsage>? UsagePart { get; private set; }

    /// <summary>The usage when it could be read; null when <see cref="UsagePart"/> is unavailable.</summary>
    public ServiceUsage? Usage => UsagePart is { IsAvailable: true } part ? part.Value : null;

    /// <summary>Null when the Platform has no daily history for the service: there is nothing to chart.</summary>
    public UsageChart? Chart { get; private set; }

    /// <summary>The plans of the service's type other than its own; unavailable when the catalogue could not be read.</summary>
    public Section<IReadOnlyList<ServicePlan>>? OtherPlans { get; private set; }

    /// <summary>Set by the redirect after a switch: "on" or "off", what auto-renewal is now (a flag, not state).</summary>
    [BindProperty(SupportsGet = true, Name = "autoRenewed")]
    public string? AutoRenewed { get; set; }

    /// <summary>
    /// The state the auto-renew form asks for: the opposite of the service's, or the one chosen when the Platform did not
    /// say the service's. A post without it is refused, not taken as "off".
    /// </summary>
    [BindProperty]
    public bool? AutoRenew { get; set; }

    public string Purpose => FormPurpose("services.auto-renew", RouteData.Values["serviceId"]);

    /// <summary>Whether the caller's role may switch auto-renewal; the page offers the switch only then.</summary>
    public bool MaySwitchAutoRenew => RoleRules.Permits<SetAutoRenewCommand>(CurrentSignIn?.PlatformRoleIn(TenantId));

    public Task<IActionResult> OnGetAsync(string serviceId) => SignedInAsync(async signIn =>
    {
        await LoadAsync(AccessFor(signIn), serviceId);
        Notice = AutoRenewed switch
        {
            "on" => "Auto-renew is now on: the service renews at the end of its billing cycle.",
            "off" => "Auto-renew is now off: the service ends when it expires unless you renew it.",
            _ => null,
        };
        return Page();
    });

    public Task<IActionResult> OnPostAsync(string serviceId) => SignedInPostAsync(Purpose, async signIn =>
    {
        var access = AccessFor(signIn);
        if (AutoRenew is null && ModelState.ErrorCount == 0)
        {
            ModelState.AddModelError(nameof(AutoRenew), "Choose whether auto-renew is on or off.");
        }

        return await SubmitAsync(() => SwitchAutoRenewAsync(access, serviceId)) is not null
            ? Redirect(Link("services/" + serviceId) + "?autoRenewed=" + (AutoRenew == true ? "on" : "off"))
            : await ShowFormAgainAsync(() => LoadAsync(access, serviceId));
    });

    private async Task<string> SwitchAutoRenewAsync(AccessContext access, string serviceId)
    {
        await Mediator.Send(new SetAutoRenewCommand(access, serviceId, AutoRenew!.Value), Aborted);
        return serviceId;
    }

    /// <summary>
    /// The service, its usage and the plan catalogue, all at once: the catalogue is public and the same for every service,
    /// so it is read whole alongside and narrowed to the service's type here, rather than asked for after the service.
    /// </summary>
    private async Task LoadAsync(AccessContext access, string serviceId)
    {
        var detail = Mediator.Send(new GetServiceQuery(access, serviceId), Aborted);
        var usage = Section<ServiceUsage>.LoadAsync("usage", () => Mediator.Send(new GetServiceUsageQuery(access, serviceId, Period), Aborted));
        var plans = Section<IReadOnlyList<ServicePlan>>.LoadAsync("plans", () => Mediator.Send(new ListServicePlansQuery(access), Aborted));
        await Task.WhenAll(detail, usage, plans).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Detail = await detail;
        UsagePart = await usage;
        Chart = Usage is { HasHistory: true } read ? new UsageChart(read.History) : null;
        var catalogue = await plans;
        OtherPlans = catalogue.IsAvailable
            ? Section<IReadOnlyList<ServicePlan>>.Available(catalogue.Value
                .Where(plan => Detail.PlanType is not null && plan.PlanType == Detail.PlanType && plan.Id != Detail.PlanId)
                .ToArray())
            : catalogue;
    }

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
