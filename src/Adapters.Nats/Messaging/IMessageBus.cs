namespace Portal.Adapters.Nats.Messaging;

/// <summary>
/// The narrow seam between the HTPI port implementations and a NATS connection; <see cref="Connection.NatsMessageBus"/>
/// implements it on NATS.Client.Core.
/// </summary>
public interface IMessageBus : IAsyncDisposable
{
    /// <summary>True while the connection is established; read by the readiness probe.</summary>
    bool IsConnected { get; }

    /// <summary>
    /// Raised when the connection drops. In-flight requests have already failed with <see cref="ConnectionLostException"/>;
    /// subscriptions stay and resume on their own, but what is published until <see cref="ConnectionRestored"/> is lost to them.
    /// </summary>
    event EventHandler? ConnectionLost;

    /// <summary>
    /// Raised after <see cref="ConnectionLost"/> once the connection is back and the server holds every subscription again
    /// (they were re-sent and a PING round trip after them was answered).
    /// </summary>
    event EventHandler? ConnectionRestored;

    /// <summary>
    /// Publishes <paramref name="payload"/> to <paramref name="subject"/> with <paramref name="replySubject"/> as its reply
    /// subject and completes with the first message delivered to <paramref name="replySubject"/>. The bus receives replies
    /// through one wildcard subscription per reply prefix (<paramref name="replySubject"/> up to its last '.'), created on
    /// first use and kept for the life of the connection, so a responder may answer either on the message's reply subject
    /// or by publishing to that same subject on its own.
    /// </summary>
    /// <exception cref="NoRespondersException">Nobody subscribes to <paramref name="subject"/>.</exception>
    /// <exception cref="RequestTimedOutException">No reply within <paramref name="timeout"/>.</exception>
    /// <exception cref="ConnectionLostException">The connection is down, or dropped while the request was in flight.</exception>
    /// <exception cref="PermissionDeniedException">The server refused the publish or the reply subscription.</exception>
    Task<BusMessage> RequestAsync(
        string subject,
        string replySubject,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        CancellationToken cancellationToken);

    /// <summary>Publishes; while the connection is down it waits for it to come back (or for <paramref name="cancellationToken"/>).</summary>
    ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>
    /// Messages on <paramref name="subject"/> (wildcards allowed) until <paramref name="cancellationToken"/> is cancelled,
    /// which removes the subscription and ends the stream quietly. The subscription is sent by the first MoveNextAsync;
    /// once <paramref name="subscribed"/> (if given) has been called, <see cref="FlushAsync"/> tells when the server has
    /// it. Survives reconnects. A consumer that falls behind loses its oldest waiting messages (counted and logged)
    /// rather than stalling the connection.
    /// </summary>
    /// <exception cref="PermissionDeniedException">The server refused the subscription (thrown by the stream).</exception>
    IAsyncEnumerable<BusMessage> SubscribeAsync(string subject, Action? subscribed, CancellationToken cancellationToken);

    /// <summary>
    /// Completes once the server has processed everything this connection sent before the call (a PING answered by its
    /// PONG), so a subscription made before it is live: nothing published from then on misses it.
    /// </summary>
    /// <exception cref="MessageBusException">The connection is down or dropped before the server answered.</exception>
    Task FlushAsync(CancellationToken cancellationToken);
}
