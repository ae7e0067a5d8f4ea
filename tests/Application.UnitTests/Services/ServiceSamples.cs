using Portal.Application.Common.Access;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Application.UnitTests.Services;

internal static class ServiceSamples
{
    public static AccessContext Access { get; } = new("token-123", "user-1", "tenant-1");

    public static CustomerService Service(string id, ServiceStatus status = ServiceStatus.Active) =>
        new(
            new ServiceId(id),
            "Web Hosting Pro",
            "example.ro",
            status,
            BillingCycle.Monthly,
            new Money(4_900, "RON"),
            autoRenew: true,
            new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            2.5m);

    public static ServiceDetail Detail(string id) =>
        new(Service(id), "Pro", new DateOnly(2026, 12, 1), DateTimeOffset.UnixEpoch, 50m, 12.5m, 500m);
}
