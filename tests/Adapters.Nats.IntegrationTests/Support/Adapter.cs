using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Claims;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Dashboard;
using Portal.Adapters.Nats.Identity;
using Portal.Adapters.Nats.Insurance;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Patients;
using Portal.Adapters.Nats.Requests;
using Portal.Adapters.Nats.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>The adapter's port implementations over a given bus, with a fixed clock and instance id.</summary>
internal sealed class Adapter
{
    public const string InstanceId = "test-instance";

    public static readonly DateTimeOffset Now = new(2026, 11, 22, 4, 30, 15, 123, TimeSpan.Zero);

    public Adapter(IMessageBus bus, TimeSpan? requestTimeout = null)
    {
        Clock = new FixedClock(Now);
        var options = Options.Create(new NatsAdapterOptions
        {
            Url = "nats://127.0.0.1:4222",
            InstanceId = InstanceId,
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(5),
        });
        Requester = new HtpiRequester(bus, options, Clock);
        Identity = new NatsIdentityProvider(Requester);
        Tenants = new NatsTenantDirectory(Requester);
        Patients = new NatsPatientRegistry(Requester);
        Insurance = new NatsInsurancePolicyRegistry(Requester);
        Claims = new NatsClaimRegistry(Requester);
        Dashboard = new NatsPracticeDashboard(Requester);
        Feed = new NatsTenantEventFeed(bus, Clock, NullLogger<NatsTenantEventFeed>.Instance);
    }

    public FixedClock Clock { get; }

    public HtpiRequester Requester { get; }

    public NatsIdentityProvider Identity { get; }

    public NatsTenantDirectory Tenants { get; }

    public NatsPatientRegistry Patients { get; }

    public NatsInsurancePolicyRegistry Insurance { get; }

    public NatsClaimRegistry Claims { get; }

    public NatsPracticeDashboard Dashboard { get; }

    public NatsTenantEventFeed Feed { get; }
}
