using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// A subscription with a bounded queue of received messages. When the reader falls behind, new messages are dropped
/// and counted so the connection's socket reader never waits on it.
/// </summary>
internal sealed class NatsSubscription : SubscriptionEntry, IAsyncDisposable
{
    private readonly NatsConnection _connection;
    private readonly Channel<NatsMessage> _messages;
    private long _dropped;
    private bool _dropping;
    private Exception? _error;
    private int _disposed;

    public NatsSubscription(NatsConnection connection, long sid, string subject, string? queueGroup, int capacity)
        : base(sid, subject, queueGroup)
    {
        _connection = connection;
        // Full mode Wait with TryWrite only: TryWrite then reports a full queue (DropWrite would report success),
        // and the socket reader never awaits a write.
        _messages = Channel.CreateBounded<NatsMessage>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = true,
        });
    }

    /// <summary>Messages dropped because the queue was full.</summary>
    public long DroppedMessages => Interlocked.Read(ref _dropped);

    /// <summary>Messages waiting to be read.</summary>
    public int PendingMessages => _messages.Reader.Count;

    /// <summary>
    /// True when this drop starts a burst (the first drop after a successful delivery), so the connection logs once
    /// per burst rather than once per message.
    /// </summary>
    public bool DropStartedBurst { get; private set; }

    public override bool Deliver(NatsMessage message)
    {
        if (_messages.Writer.TryWrite(message))
        {
            _dropping = false;
            return true;
        }

        Interlocked.Increment(ref _dropped);
        DropStartedBurst = !_dropping;
        _dropping = true;
        return false;
    }

    public override void Fault(Exception error)
    {
        Interlocked.CompareExchange(ref _error, error, null);
        _messages.Writer.TryComplete();
    }

    public override void Complete() => _messages.Writer.TryComplete();

    /// <summary>
    /// Reads until <paramref name="cancellationToken"/> is cancelled (then ends quietly) or the connection closes;
    /// throws when the server refused the subscription.
    /// </summary>
    public async IAsyncEnumerable<NatsMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _messages.Reader;
        while (true)
        {
            bool more;
            try
            {
                more = await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            if (!more)
            {
                break;
            }

            while (reader.TryRead(out var message))
            {
                yield return message;
            }
        }

        if (Volatile.Read(ref _error) is { } error)
        {
            throw error;
        }
    }

    /// <summary>Reads one message, waiting for it.</summary>
    public async ValueTask<NatsMessage> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _messages.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException) when (Volatile.Read(ref _error) is { } error)
        {
            throw error;
        }
    }

    public bool TryRead(out NatsMessage? message) => _messages.Reader.TryRead(out message);

    /// <summary>Unsubscribes (UNSUB) and ends the reading.</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _connection.Unsubscribe(this);
            Complete();
        }

        return ValueTask.CompletedTask;
    }
}
