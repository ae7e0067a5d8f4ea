using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Services;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>An in-memory catalogue that remembers what it was asked, so tests can check how handlers call the port.</summary>
internal sealed class FakeServiceCatalog : IServiceCatalog
{
    public ServicesSummary Summary { get; set; } = new(0, 0, 0, 0, 0, 0, null);

    public List<CustomerService> Services { get; } = [];

    public Dictionary<ServiceId, ServiceDetail> Details { get; } = [];

    public TenantScope? LastScope { get; private set; }

    public ServiceFilter? LastFilter { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public ServiceId? LastServiceId { get; private set; }

    public UsagePeriod? LastPeriod { get; private set; }

    public CancellationToken LastCancellationToken { get; private set; }

    /// <summary>Replaces the summary's answer, to fail it or to hold it.</summary>
    public Func<Task<ServicesSummary>>? SummaryAnswer { get; set; }

    public Task<ServicesSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        return SummaryAnswer?.Invoke() ?? Task.FromResult(Summary);
    }

    public Task<Page<CustomerService>> ListAsync(
        TenantScope scope, ServiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastFilter = filter;
        LastPage = page;
        var matching = Services.Where(s => filter.Status is null || s.Status == filter.Status).ToList();
        var items = matching.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList();
        return Task.FromResult(new Page<CustomerService>(items, page.Number, page.Size, matching.Count));
    }

    public Task<ServiceDetail> GetAsync(TenantScope scope, ServiceId id, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastServiceId = id;
        return Details.TryGetValue(id, out var detail)
            ? Task.FromResult(detail)
            : Task.FromException<ServiceDetail>(new NotFoundException("service"));
    }

    /// <summary>Answers one zero point per day of the period, ending on a fixed day.</summary>
    public Task<UsageSeries> GetUsageAsync(TenantScope scope, ServiceId id, UsagePeriod period, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastServiceId = id;
        LastPeriod = period;
        if (!Details.ContainsKey(id))
        {
            return Task.FromException<UsageSeries>(new NotFoundException("service"));
        }

        var lastDay = new DateOnly(2026, 11, 21);
        var points = Enumerable.Range(0, (int)period)
            .Select(offset => new UsagePoint(lastDay.AddDays(offset + 1 - (int)period), 0m, 0m, 0))
            .ToList();
        return Task.FromResult(new UsageSeries(period, points));
    }

    private void Remember(TenantScope scope, CancellationToken cancellationToken)
    {
        LastScope = scope;
        LastCancellationToken = cancellationToken;
    }
}
