using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>A publish made while disconnected would exceed <see cref="NatsClientOptions.ReconnectBufferBytes"/>.</summary>
public sealed class NatsReconnectBufferFullException : MessageBusException
{
    public NatsReconnectBufferFullException(string subject, int limitBytes)
        : base($"NATS: disconnected and the reconnect buffer of {limitBytes} bytes is full; the publish to '{subject}' was not queued.")
    {
        Subject = subject;
        LimitBytes = limitBytes;
    }

    public string Subject { get; }

    public int LimitBytes { get; }
}
