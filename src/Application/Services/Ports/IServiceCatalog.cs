using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Services;

namespace Portal.Application.Services.Ports;

/// <summary>
/// The services (hosting, domains, servers) the customer has, and how much they use. Every call is about the tenant in
/// the <see cref="TenantScope"/>; a service that does not exist or belongs to another customer is a
/// <see cref="Common.Exceptions.NotFoundException"/>, a Platform that cannot answer is a
/// <see cref="Common.Exceptions.BackendUnavailableException"/> with area "services".
/// </summary>
public interface IServiceCatalog
{
    Task<ServicesSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken);

    Task<Page<CustomerService>> ListAsync(
        TenantScope scope, ServiceFilter filter, PageRequest page, CancellationToken cancellationToken);

    Task<ServiceDetail> GetAsync(TenantScope scope, ServiceId id, CancellationToken cancellationToken);

    /// <summary>
    /// What the service uses now and the Platform's alerts about it, with the daily history over <paramref name="period"/>
    /// where the Platform keeps one (the <see cref="ServiceUsage.History"/> may be empty).
    /// </summary>
    Task<ServiceUsage> GetUsageAsync(TenantScope scope, ServiceId id, UsagePeriod period, CancellationToken cancellationToken);

    /// <summary>
    /// The Platform's public catalogue of active plans, every plan type: the service page reads it alongside the service,
    /// before it knows the service's type. The catalogue is the same for every customer; the scope only confirms the
    /// tenant has a Platform side.
    /// </summary>
    Task<IReadOnlyList<ServicePlan>> ListPlansAsync(TenantScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// Switches the service's auto-renewal on or off. The Platform refuses it (a <see cref="Common.Exceptions.RequestRejectedException"/>)
    /// unless the service is active or suspended. A write: sent once.
    /// </summary>
    Task SetAutoRenewAsync(TenantScope scope, ServiceId id, bool autoRenew, CancellationToken cancellationToken);
}
