using Microsoft.Extensions.Options;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Services.Dtos;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Services;

namespace Portal.Adapters.Http.Services;

/// <summary>
/// <see cref="IServiceCatalog"/> over the Platform's <c>/services/</c> endpoints; every call is a read but the auto-renew
/// switch, which is sent once.
/// </summary>
internal sealed class PlatformServiceCatalog(
    IPlatformServicesApi api,
    PlatformResiliencePipelines pipelines,
    IOptions<PlatformApiOptions> options,
    TimeProvider time)
    : PlatformApiClient(PlatformArea.Services, pipelines, time), IServiceCatalog
{
    private readonly string defaultCurrency = options.Value.DefaultCurrency;

    public Task<ServicesSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformServicesApi.SummaryRoute,
            Scoped(new ScopedRequest(), scope),
            ServicesJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("services summary"),
            api.GetSummaryAsync,
            answer => ServicesMapper.ToSummary(answer.Data, defaultCurrency),
            cancellationToken);

    public Task<Page<CustomerService>> ListAsync(
        TenantScope scope, ServiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var body = new ListServicesRequest
        {
            Page = page.Number,
            Limit = page.Size,
            Status = filter.Status is { } status ? WireValues.ToWire(status) : null,
            ServiceType = filter.ServiceType,
        };
        return PostAsync(
            IPlatformServicesApi.ListRoute,
            Scoped(body, scope),
            ServicesJsonContext.Platform.ListServicesRequest,
            PlatformCall.Read("service"),
            api.ListAsync,
            answer => ServicesMapper.ToPage(answer.Data, page, defaultCurrency),
            cancellationToken);
    }

    public Task<ServiceDetail> GetAsync(TenantScope scope, ServiceId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var pathId = NumericPathId.Require(id.Value, "service");
        return PostAsync(
            IPlatformServicesApi.ServiceRoute,
            Scoped(new ScopedRequest(), scope),
            ServicesJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("service"),
            (body, bodyHash, attemptCancellation) => api.GetAsync(pathId, body, bodyHash, attemptCancellation),
            answer => ServicesMapper.ToDetail(answer.Data, defaultCurrency),
            cancellationToken);
    }

    public Task<ServiceUsage> GetUsageAsync(
        TenantScope scope, ServiceId id, UsagePeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var pathId = NumericPathId.Require(id.Value, "service");
        return PostAsync(
            IPlatformServicesApi.UsageRoute,
            Scoped(new UsageRequest { Period = ServicesMapper.ToWire(period) }, scope),
            ServicesJsonContext.Platform.UsageRequest,
            PlatformCall.Read("service"),
            (body, bodyHash, attemptCancellation) => api.GetUsageAsync(pathId, body, bodyHash, attemptCancellation),
            answer => ServicesMapper.ToUsage(answer.Data, period),
            cancellationToken);
    }

    /// <summary>
    /// A GET the Platform answers to any signed request (the query is signed with it); the scope only confirms the tenant
    /// has a Platform customer, as every services page needs one.
    /// </summary>
    public Task<IReadOnlyList<ServicePlan>> ListPlansAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Platform is null)
        {
            throw new NotFoundException("tenant");
        }

        return GetAsync(
            IPlatformServicesApi.PlansRoute,
            PlatformCall.Read("service plan"),
            attemptCancellation => api.ListPlansAsync(attemptCancellation),
            answer => ServicesMapper.ToPlans(answer.Data, defaultCurrency),
            cancellationToken);
    }

    public Task SetAutoRenewAsync(TenantScope scope, ServiceId id, bool autoRenew, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var pathId = NumericPathId.Require(id.Value, "service");
        return PostAsync(
            IPlatformServicesApi.AutoRenewRoute,
            Scoped(new AutoRenewRequest { AutoRenew = autoRenew }, scope),
            ServicesJsonContext.Platform.AutoRenewRequest,
            PlatformCall.Write("service"),
            (body, bodyHash, attemptCancellation) => api.SetAutoRenewAsync(pathId, body, bodyHash, attemptCancellation),
            answer => answer,
            cancellationToken);
    }
}
