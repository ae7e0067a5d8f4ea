using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>The server sent bytes that break the NATS client protocol.</summary>
public sealed class NatsProtocolException : MessageBusException
{
    public NatsProtocolException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
