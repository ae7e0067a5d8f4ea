namespace Portal.Adapters.Nats.Messaging;

/// <summary>
/// The narrow seam between the HTPI port implementations and a NATS connection. The project's own client in
/// <c>Transport/</c> implements it today because NATS.Client.Core is not in the registry; the official client can
/// implement it later without touching a port implementation.
/// </summary>
public interface IMessageBus : IAsyncDisposable
{
    /// <summary>True while the connection is established; read by the readiness probe.</summary>
    bool IsConnected { get; }

    /// <summary>
    /// Publishes <paramref name="payload"/> to <paramref name="subject"/> with <paramref name="replySubject"/> as its reply
    /// subject and completes with the first message delivered to <paramref name="replySubject"/>. The bus receives replies
    /// through one wildcard subscription per reply prefix (<paramref name="replySubject"/> up to its last '.'), created on
    /// first use and kept for the life of the connection, so a responder may answer either on the message's reply subject
    /// or by publishing to that same subject on its own.
    /// </summary>
    /// <exception cref="NoRespondersException">Nobody subscribes to <paramref name="subject"/>.</exception>
    /// <exception cref="RequestTimedOutException">No reply within <paramref name="timeout"/>.</exception>
    /// <exception cref="ConnectionLostException">The connection dropped while the request was in flight.</exception>
    Task<BusMessage> RequestAsync(
        string subject,
        string replySubject,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        CancellationToken cancellationToken);

    ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>
    /// Messages on <paramref name="subject"/> (wildcards allowed) until <paramref name="cancellationToken"/> is cancelled,
    /// which removes the subscription. The subscription is sent when the first MoveNextAsync starts, before that call
    /// returns; <see cref="FlushAsync"/> afterwards tells when the server has it. Survives reconnects. A consumer that
    /// falls behind loses messages rather than stalling the connection.
    /// </summary>
    IAsyncEnumerable<BusMessage> SubscribeAsync(string subject, CancellationToken cancellationToken);

    /// <summary>
    /// Completes once the server has processed everything this connection sent before the call (a PING answered by its
    /// PONG), so a subscription made before it is live: nothing published from then on misses it.
    /// </summary>
    /// <exception cref="MessageBusException">The connection is down or dropped before the server answered.</exception>
    Task FlushAsync(CancellationToken cancellationToken);
}
