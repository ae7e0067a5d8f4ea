using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>A received MSG or HMSG; <see cref="Payload"/> is a buffer of its own.</summary>
internal sealed record NatsMessage(string Subject, string? ReplyTo, NatsHeaders? Headers, ReadOnlyMemory<byte> Payload)
{
    /// <summary>The server's answer to a request nobody serves: status 503 and no payload.</summary>
    public bool IsNoResponders => Headers?.StatusCode == NatsHeaders.NoRespondersStatus && Payload.IsEmpty;

    public BusMessage ToBusMessage() => new(Subject, ReplyTo, Payload);
}
