using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Claims.Ports;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Insurance.Ports;
using Portal.Application.LiveUpdates.Ports;
using Portal.Application.Patients.Ports;
using Portal.Application.Tenants.Ports;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>
/// The adapter's port implementations as <see cref="DependencyInjection.AddNatsAdapter"/> and
/// <see cref="DependencyInjection.AddNatsIdentity"/> wire them, over a given bus, with a fixed clock and instance id.
/// </summary>
internal sealed class Adapter
{
    public const string InstanceId = "test-instance";

    public static readonly DateTimeOffset Now = new(2026, 11, 22, 4, 30, 15, 123, TimeSpan.Zero);

    public Adapter(IMessageBus bus, TimeSpan? requestTimeout = null)
    {
        Clock = new FixedClock(Now);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [NatsAdapterOptions.UrlKey] = "nats://127.0.0.1:4222",
                [NatsAdapterOptions.InstanceIdKey] = InstanceId,
                [NatsAdapterOptions.RequestTimeoutKey] = (requestTimeout ?? TimeSpan.FromSeconds(5)).ToString("c", CultureInfo.InvariantCulture),
            })
            .Build();

        // The bus and the clock go in first: the adapter only adds its own when none is there.
        var services = new ServiceCollection()
            .AddSingleton(bus)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        var provider = services.AddNatsAdapter(configuration).AddNatsIdentity().BuildServiceProvider();

        Requester = provider.GetRequiredService<HtpiRequester>();
        Identity = provider.GetRequiredService<IIdentityProvider>();
        Tenants = provider.GetRequiredService<ITenantDirectory>();
        Patients = provider.GetRequiredService<IPatientRegistry>();
        Insurance = provider.GetRequiredService<IInsurancePolicyRegistry>();
        Claims = provider.GetRequiredService<IClaimRegistry>();
        Dashboard = provider.GetRequiredService<IPracticeDashboard>();
        Feed = (NatsTenantEventFeed)provider.GetRequiredService<ITenantEventFeed>();
    }

    public FixedClock Clock { get; }

    public HtpiRequester Requester { get; }

    public IIdentityProvider Identity { get; }

    public ITenantDirectory Tenants { get; }

    public IPatientRegistry Patients { get; }

    public IInsurancePolicyRegistry Insurance { get; }

    public IClaimRegistry Claims { get; }

    public IPracticeDashboard Dashboard { get; }

    /// <summary>The concrete feed: tests read its subscription and watcher counts.</summary>
    public NatsTenantEventFeed Feed { get; }
}
