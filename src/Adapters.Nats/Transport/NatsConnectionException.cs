using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>No server of the URL list could be reached, or the connection is closed for good.</summary>
public sealed class NatsConnectionException : MessageBusException
{
    public NatsConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
