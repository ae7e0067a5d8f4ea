using Portal.Application.Common.Validation;
using Portal.Domain.Services;

namespace Portal.Application.Services;

/// <summary>The service codes requests carry, as Web puts them in URLs.</summary>
public static class ServiceCodes
{
    public static CodeMap<ServiceStatus> Statuses { get; } = new(
        ("pending", ServiceStatus.Pending),
        ("provisioning", ServiceStatus.Provisioning),
        ("active", ServiceStatus.Active),
        ("suspended", ServiceStatus.Suspended),
        ("failed", ServiceStatus.Failed),
        ("terminated", ServiceStatus.Terminated),
        ("expired", ServiceStatus.Expired));

    public static CodeMap<UsagePeriod> UsagePeriods { get; } = new(
        ("7d", UsagePeriod.Last7Days),
        ("30d", UsagePeriod.Last30Days),
        ("90d", UsagePeriod.Last90Days));
}
