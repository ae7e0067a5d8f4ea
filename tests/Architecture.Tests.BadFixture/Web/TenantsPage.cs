using Portal.Adapters.Nats.Messaging;
using Portal.Application.Tenants.Ports;
using Portal.Architecture.Tests.BadFixture.Requests;

namespace Portal.Architecture.Tests.BadFixture.Web;

/// <summary>A page that bypasses IMediator: it takes a port, knows a handler type and touches an adapter.</summary>
public sealed class TenantsPage(ITenantDirectory directory, IMessageBus bus)
{
    public ITenantDirectory Directory { get; } = directory;

    public bool IsConnected => bus.IsConnected;

    public Type Handler => typeof(TwoHandlerQueryHandler);
}
