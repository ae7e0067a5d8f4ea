using Portal.Adapters.Nats.Messaging;

namespace Portal.Architecture.Tests.BadFixture.Layering;

/// <summary>Breaks the layer direction when treated as the HTTP adapter: it talks to the NATS adapter's bus.</summary>
public sealed class HttpAdapterUsingNatsBus(IMessageBus bus)
{
    public bool IsConnected => bus.IsConnected;
}
