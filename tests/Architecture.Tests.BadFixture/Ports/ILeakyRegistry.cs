using Portal.Adapters.Nats.Messaging;

namespace Portal.Architecture.Tests.BadFixture.Ports;

/// <summary>A port that leaks an adapter type and cannot be cancelled.</summary>
public interface ILeakyRegistry
{
    Task<BusMessage> FetchAsync(string id);
}
