using System.Collections.Concurrent;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Services;

namespace Portal.Testing.Fakes;

/// <summary>
/// A catalogue of the services and service details a test adds: the list filters by status and pages, details are found
/// by id, and a known service's usage is a fixed snapshot with <see cref="UsageAlerts"/>. Like PRAHO it keeps no daily
/// history unless <see cref="KeepsHistory"/>: then usage rises by one GB a day over the period, so each day's figure tells
/// the days apart.
/// </summary>
public sealed class FakeServiceCatalog : FakeTenantPort, IServiceCatalog
{
    /// <summary>The day every usage series ends on, so tests need no clock.</summary>
    private static readonly DateOnly LastUsageDay = new(2026, 11, 21);

    private readonly ConcurrentQueue<CustomerService> services = new();
    private readonly ConcurrentDictionary<ServiceId, ServiceDetail> details = new();

    public ServicesSummary Summary { get; set; } = new(0, 0, 0, 0, 0, 0, null);

    /// <summary>Replaces the summary's answer, to fail it or to hold it.</summary>
    public Func<Task<ServicesSummary>>? SummaryAnswer { get; set; }

    public ServiceFilter? LastFilter { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public ServiceId? LastServiceId { get; private set; }

    public UsagePeriod? LastPeriod { get; private set; }

    /// <summary>Whether usage comes with a daily series (PRAHO's never does).</summary>
    public bool KeepsHistory { get; set; }

    public IReadOnlyList<UsageAlert> UsageAlerts { get; set; } = [];

    /// <summary>The public catalogue of plans, every type.</summary>
    public IReadOnlyList<ServicePlan> Plans { get; set; } = [];

    /// <summary>A failure of the plan catalogue alone, the service's own calls answering.</summary>
    public Exception? PlansFailure { get; set; }

    /// <summary>A failure of the usage call alone, the service's own detail answering.</summary>
    public Exception? UsageFailure { get; set; }

    /// <summary>How many times the catalogue was listed.</summary>
    public int PlanListings { get; private set; }

    /// <summary>Every auto-renew switch sent, in order.</summary>
    public ConcurrentQueue<(ServiceId Id, bool AutoRenew)> AutoRenewChanges { get; } = new();

    /// <summary>A refusal every auto-renew switch meets, as the Platform's 400 for a service in the wrong status; null accepts.</summary>
    public Exception? AutoRenewRefusal { get; set; }

    public void Add(CustomerService service) => services.Enqueue(service);

    public void Add(ServiceDetail detail) => details[detail.Id] = detail;

    public Task<ServicesSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => SummaryAnswer?.Invoke() ?? Task.FromResult(Summary));

    public Task<Page<CustomerService>> ListAsync(TenantScope scope, ServiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        (LastFilter, LastPage) = (filter, page);
        return Answer(scope, cancellationToken, () =>
            Task.FromResult(PageOf(services.Where(s => filter.Status is null || s.Status == filter.Status), page)));
    }

    public Task<ServiceDetail> GetAsync(TenantScope scope, ServiceId id, CancellationToken cancellationToken)
    {
        LastServiceId = id;
        return Answer(scope, cancellationToken, () => Found(details.GetValueOrDefault(id), "service"));
    }

    public Task<ServiceUsage> GetUsageAsync(TenantScope scope, ServiceId id, UsagePeriod period, CancellationToken cancellationToken)
    {
        (LastServiceId, LastPeriod) = (id, period);
        return Answer(scope, cancellationToken, () =>
        {
            if (UsageFailure is { } failure)
            {
                return Task.FromException<ServiceUsage>(failure);
            }

            if (!details.ContainsKey(id))
            {
                return NotFound<ServiceUsage>("service");
            }

            var days = (int)period;
            var points = KeepsHistory
                ? Enumerable.Range(0, days)
                    .Select(offset => new UsagePoint(LastUsageDay.AddDays(offset + 1 - days), offset + 1, 2m, 100 * offset))
                    .ToList()
                : [];
            return Task.FromResult(new ServiceUsage(
                new ResourceUsage(12.5m, 50m, 25m),
                new ResourceUsage(120.25m, null, null),
                new ResourceUsage(3, 10, null),
                new ResourceUsage(1, null, null),
                UsageAlerts,
                new UsageSeries(period, points)));
        });
    }

    public Task<IReadOnlyList<ServicePlan>> ListPlansAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        PlanListings++;
        return Answer(scope, cancellationToken, () => PlansFailure is { } failure
            ? Task.FromException<IReadOnlyList<ServicePlan>>(failure)
            : Task.FromResult(Plans));
    }

    public Task SetAutoRenewAsync(TenantScope scope, ServiceId id, bool autoRenew, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () =>
        {
            if (!details.ContainsKey(id))
            {
                return NotFound<bool>("service");
            }

            if (AutoRenewRefusal is { } refusal)
            {
                return Task.FromException<bool>(refusal);
            }

            AutoRenewChanges.Enqueue((id, autoRenew));
            return Task.FromResult(true);
        });
}
