namespace Portal.Adapters.Nats.Transport;

/// <summary>A subscription the connection knows by sid: re-sent on every reconnect with the same sid.</summary>
internal abstract class SubscriptionEntry(long sid, string subject, string? queueGroup)
{
    public long Sid { get; } = sid;

    public string Subject { get; } = subject;

    public string? QueueGroup { get; } = queueGroup;

    /// <summary>Hands a message over without ever blocking the socket reader; false when it had to be dropped.</summary>
    public abstract bool Deliver(NatsMessage message);

    /// <summary>The server refused the subscription; it is gone.</summary>
    public abstract void Fault(Exception error);

    /// <summary>The connection closed for good.</summary>
    public abstract void Complete();
}
