using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Services;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Service svc-1 (active) and svc-2 (suspended); usage rises by one GB a day over the period.</summary>
internal sealed class FakeServiceCatalog : IServiceCatalog
{
    public Exception? Failure { get; set; }

    public ServiceFilter? LastFilter { get; private set; }

    public UsagePeriod? LastPeriod { get; private set; }

    public Task<ServicesSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Failure is null ? Task.FromResult(Samples.ServicesSummary()) : Task.FromException<ServicesSummary>(Failure);

    public Task<Page<CustomerService>> ListAsync(TenantScope scope, ServiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        LastFilter = filter;
        var all = new[] { Samples.Service("svc-1"), Samples.Service("svc-2", ServiceStatus.Suspended) }
            .Where(s => filter.Status is null || s.Status == filter.Status)
            .ToList();
        return Task.FromResult(new Page<CustomerService>(all, page.Number, page.Size, all.Count));
    }

    public Task<ServiceDetail> GetAsync(TenantScope scope, ServiceId id, CancellationToken cancellationToken) =>
        id.Value == "svc-1" ? Task.FromResult(Samples.ServiceDetail()) : Task.FromException<ServiceDetail>(new NotFoundException("service"));

    public Task<UsageSeries> GetUsageAsync(TenantScope scope, ServiceId id, UsagePeriod period, CancellationToken cancellationToken)
    {
        LastPeriod = period;
        var lastDay = new DateOnly(2026, 11, 21);
        var days = (int)period;
        var points = Enumerable.Range(0, days)
            .Select(offset => new UsagePoint(lastDay.AddDays(offset + 1 - days), offset + 1, 2m, 100 * offset))
            .ToList();
        return Task.FromResult(new UsageSeries(period, points));
    }
}
