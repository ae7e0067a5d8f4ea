using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Connection;

/// <summary>
/// <see cref="IMessageBus"/> on one NATS.Client.Core <see cref="NatsConnection"/>. What it adds to the library: requests
/// with a reply subject of the caller's choosing (one wildcard reply subscription per prefix, see
/// <see cref="ReplySubscription"/>), in-flight requests failed as soon as the connection reports a drop, a
/// <see cref="ConnectionRestored"/> signal once resubscribed, permission refusals turned into failures of the operation
/// they concern, dropped messages counted and logged once per burst, and the W3C trace context carried in message headers both
/// ways (<see cref="TraceHeaders"/>). Create it with <see cref="ConnectAsync"/>.
/// </summary>
public sealed partial class NatsMessageBus : IMessageBus
{
    /// <summary>Messages a subscription holds for a reader that fell behind; beyond it the oldest waiting one is dropped.</summary>
    public const int SubscriptionCapacity = 1024;

    /// <summary>
    /// How often in-flight requests are checked against their deadline: a request fails as timed out between its
    /// timeout and this much later. Portal's timeouts are seconds; one timer for all requests saves each request a
    /// timer of its own (two timer-queue operations and about 200 bytes).
    /// </summary>
    public static readonly TimeSpan DeadlineSweep = TimeSpan.FromMilliseconds(25);

    private static readonly NatsSubOpts SubscriptionOptions = new()
    {
        ChannelOpts = new NatsSubChannelOpts { Capacity = SubscriptionCapacity, FullMode = BoundedChannelFullMode.DropOldest },
    };

    private readonly NatsConnection connection;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, PendingReply> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<ReplySubscription>>> replySubscriptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<ReplySubscription>>>.AlternateLookup<ReadOnlySpan<char>> replySubscriptionsByPrefix;
    private readonly Timer deadlines;
    private readonly ConcurrentDictionary<BusSubscription, string> subscriptions = new();
    private long droppedMessages;
    private int losses;
    private int restorations;
    private int disposed;
    private TaskCompletionSource lost = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NatsMessageBus(NatsConnection connection)
    {
        this.connection = connection;
        logger = connection.Opts.LoggerFactory.CreateLogger<NatsMessageBus>();
        replySubscriptionsByPrefix = replySubscriptions.GetAlternateLookup<ReadOnlySpan<char>>();
        deadlines = new Timer(static bus => ((NatsMessageBus)bus!).FailOverdue(), this, DeadlineSweep, DeadlineSweep);
        connection.ConnectionDisconnected += OnDisconnectedAsync;
        connection.ConnectionOpened += OnOpenedAsync;
        connection.MessageDropped += OnMessageDroppedAsync;
        connection.SlowConsumerDetected += OnSlowConsumerAsync;
        connection.ServerError += OnServerErrorAsync;
    }

    public event EventHandler? ConnectionLost;

    public event EventHandler? ConnectionRestored;

    public bool IsConnected => Volatile.Read(ref disposed) == 0 && connection.ConnectionState == NatsConnectionState.Open;

    /// <summary>Messages dropped across all subscriptions because their readers fell behind.</summary>
    public long DroppedMessages => Interlocked.Read(ref droppedMessages);

    /// <summary>Times the connection dropped.</summary>
    public int ConnectionLosses => Volatile.Read(ref losses);

    /// <summary>Times <see cref="ConnectionRestored"/> was raised: the connection back with every subscription.</summary>
    public int Restorations => Volatile.Read(ref restorations);

    internal int PendingRequestCount => pending.Count;

    internal int ReplySubscriptionCount => replySubscriptions.Count;

    internal int SubscriptionCount => subscriptions.Count;

    /// <summary>The library's connection, for callers that need more than the seam (benchmarks, test peers).</summary>
    public NatsConnection Connection => connection;

    /// <summary>Opens a connection to the first reachable server of <paramref name="options"/>.</summary>
    /// <exception cref="NotConnectedException">No server could be reached, or the server refused the credentials.</exception>
    public static async Task<NatsMessageBus> ConnectAsync(NatsOpts options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bus = new NatsMessageBus(new NatsConnection(options));
        try
        {
            await bus.connection.ConnectAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
            return bus;
        }
        catch (NatsException exception)
        {
            await bus.DisposeAsync().ConfigureAwait(false);
            throw new NotConnectedException($"NATS: could not connect: {exception.Message}", exception);
        }
        catch
        {
            await bus.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<BusMessage> RequestAsync(
        string subject,
        string replySubject,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        if (replySubject is null)
        {
            return Task.FromException<BusMessage>(new ArgumentNullException(nameof(replySubject)));
        }

        var dot = replySubject.LastIndexOf('.');
        if (dot <= 0 || dot == replySubject.Length - 1)
        {
            return Task.FromException<BusMessage>(
                new ArgumentException($"The reply subject '{replySubject}' needs a prefix and a last token separated by '.'.", nameof(replySubject)));
        }

        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            return Task.FromException<BusMessage>(new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must not be negative."));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<BusMessage>(cancellationToken);
        }

        if (!IsConnected)
        {
            return Task.FromException<BusMessage>(new ConnectionLostException(subject, new NotConnectedException("NATS: not connected; reconnecting.")));
        }

        // Looked up by the span: no prefix string per request once the area's reply subscription exists.
        var deadline = DeadlineOf(timeout);
        var replies = ReplySubscriptionOf(replySubject.AsSpan(0, dot));
        return replies.Value.IsCompletedSuccessfully
            ? Send(replies.Value.Result, subject, replySubject, payload, deadline, cancellationToken)
            : SendOnceSubscribedAsync(replies, subject, replySubject, payload, timeout, deadline, cancellationToken);
    }

    public async ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        try
        {
            await connection.PublishAsync(subject, payload, TraceHeaders.OfCurrentSpan(), serializer: NatsRawSerializer<ReadOnlyMemory<byte>>.Default, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (NatsException exception)
        {
            throw new NotConnectedException($"NATS: could not publish to '{subject}': {exception.Message}", exception);
        }
    }

    public async IAsyncEnumerable<BusMessage> SubscribeAsync(
        string subject, Action? subscribed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscription = await OpenSubscriptionAsync(subject, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            yield break;
        }

        try
        {
            subscribed?.Invoke();
            var reader = subscription.Inner.Msgs;
            while (await WaitToReadAsync(reader, cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var message))
                {
                    yield return new BusMessage(message.Subject, message.ReplyTo, message.Data ?? []) { TraceContext = TraceHeaders.Read(message.Headers) };
                }
            }

            if (subscription.Fault is { } fault)
            {
                throw fault;
            }
        }
        finally
        {
            subscriptions.TryRemove(subscription, out _);
            await subscription.Inner.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var dropped = Volatile.Read(ref lost).Task;
        if (!IsConnected)
        {
            throw new NotConnectedException("NATS: not connected; cannot flush.");
        }

        // A PING sent just before a drop is answered only after the reconnect, if at all: the drop ends the wait instead.
        var ping = connection.PingAsync(cancellationToken).AsTask();
        if (await Task.WhenAny(ping, dropped).ConfigureAwait(false) == dropped)
        {
            _ = ping.ContinueWith(static task => task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new NotConnectedException("NATS: the connection dropped before the flush completed.");
        }

        try
        {
            await ping.ConfigureAwait(false);
        }
        catch (NatsException exception)
        {
            throw new NotConnectedException("NATS: the flush failed: " + exception.Message, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The library's own timeout, or no reader for the PONG: not the caller's cancellation.
            throw new NotConnectedException("NATS: the flush failed: " + exception.Message, exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        connection.ConnectionDisconnected -= OnDisconnectedAsync;
        connection.ConnectionOpened -= OnOpenedAsync;
        connection.MessageDropped -= OnMessageDroppedAsync;
        connection.SlowConsumerDetected -= OnSlowConsumerAsync;
        connection.ServerError -= OnServerErrorAsync;
        FailPending(static subject => new ConnectionLostException(subject, new ObjectDisposedException(nameof(NatsMessageBus))));
        Volatile.Read(ref lost).TrySetResult();
        await deadlines.DisposeAsync().ConfigureAwait(false);
        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (NatsException exception)
        {
            // The library unsubscribes each subscription on the way out; a server that does not take them in time leaves
            // nothing to do but close, which the library has done by then.
            LogClosedUncleanly(logger, exception.Message);
        }
    }

    private static async ValueTask<bool> WaitToReadAsync(ChannelReader<NatsMsg<byte[]>> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The library subscription, listed for permission errors before its SUB goes out; null when cancelled before it was made.</summary>
    private async Task<BusSubscription?> OpenSubscriptionAsync(string subject, CancellationToken cancellationToken)
    {
        var subscription = new BusSubscription();
        subscriptions[subscription] = subject;
        INatsSub<byte[]> inner;
        try
        {
            inner = await connection.SubscribeCoreAsync(subject, serializer: NatsRawSerializer<byte[]>.Default, opts: SubscriptionOptions, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            subscriptions.TryRemove(subscription, out _);
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            if (exception is NatsException)
            {
                throw new NotConnectedException($"NATS: could not subscribe to '{subject}': {exception.Message}", exception);
            }

            throw;
        }

        await subscription.Attach(inner).ConfigureAwait(false);
        return subscription;
    }

    /// <summary>
    /// The reply subscription of <paramref name="prefix"/>, made once; its SUB goes out before the request's PUB on
    /// the same connection, so the server knows where the reply goes before it sees the request.
    /// </summary>
    private Lazy<Task<ReplySubscription>> ReplySubscriptionOf(ReadOnlySpan<char> prefix) =>
        replySubscriptionsByPrefix.TryGetValue(prefix, out var entry)
            ? entry
            : replySubscriptions.GetOrAdd(
                prefix.ToString(),
                static (key, bus) => new Lazy<Task<ReplySubscription>>(() => bus.SubscribeRepliesAsync(key)),
                this);

    /// <summary>
    /// The first requests of an area wait for its reply subscription, within their own timeout (the library waits for
    /// a reconnect without limit). One that failed, for whatever reason, is forgotten so that the next request makes it again.
    /// </summary>
    private async Task<BusMessage> SendOnceSubscribedAsync(
        Lazy<Task<ReplySubscription>> replies,
        string subject,
        string replySubject,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        long deadline,
        CancellationToken cancellationToken)
    {
        ReplySubscription subscription;
        try
        {
            subscription = await replies.Value.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (replies.Value.IsFaulted || replies.Value.IsCanceled)
            {
                replySubscriptions.TryRemove(new KeyValuePair<string, Lazy<Task<ReplySubscription>>>(replySubject[..replySubject.LastIndexOf('.')], replies));
            }

            throw new ConnectionLostException(subject, exception);
        }

        return await Send(subscription, subject, replySubject, payload, deadline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lists the request, then publishes it. Nothing here awaits: the caller gets the pending reply's own task, on the
    /// usual path (the library's publish lock free, the PUB written at once) and when the publish is held up alike.
    /// </summary>
    private Task<BusMessage> Send(
        ReplySubscription replies, string subject, string replySubject, ReadOnlyMemory<byte> payload, long deadline, CancellationToken cancellationToken)
    {
        var reply = new PendingReply(pending, subject, replySubject, deadline);
        reply.CancelWith(cancellationToken);
        if (!pending.TryAdd(replySubject, reply))
        {
            reply.TryFail(new InvalidOperationException($"A request is already waiting for a reply on '{replySubject}'."));
            return reply.Task;
        }

        // Checked after listing: a cancellation or a drop racing with this request either ends the listed entry or is seen here.
        if (reply.Task.IsCompleted)
        {
            pending.TryRemove(new KeyValuePair<string, PendingReply>(replySubject, reply));
            return reply.Task;
        }

        if (!IsConnected)
        {
            reply.TryFail(new ConnectionLostException(subject, new NotConnectedException("NATS: not connected; reconnecting.")));
            return reply.Task;
        }

        // The server may refuse the reply subscription after the bus failed the requests listed then: the fence orders
        // this request's listing before the read, as Refuse orders the refusal before the bus's look at the list.
        Interlocked.MemoryBarrier();
        if (replies.Refusal is { } refusal)
        {
            reply.TryFail(new PermissionDeniedException(replies.Subject, refusal));
            return reply.Task;
        }

        ValueTask publish;
        try
        {
            publish = connection.PublishAsync(
                subject, payload, TraceHeaders.OfCurrentSpan(), replySubject, NatsRawSerializer<ReadOnlyMemory<byte>>.Default, cancellationToken: cancellationToken);
        }
        catch (Exception exception)
        {
            PublishFailed(reply, exception, cancellationToken);
            return reply.Task;
        }

        if (!publish.IsCompletedSuccessfully)
        {
            // Watched, not awaited before the reply: a publish held up by the library's write lock, a stalled socket or a
            // reconnect must not keep the request past its deadline, a drop or its cancellation, which end the reply.
            _ = WatchPublishAsync(publish, reply, cancellationToken);
        }

        return reply.Task;
    }

    /// <summary>Fails the reply if the publish it waits on fails; the reply may have ended meanwhile.</summary>
    private static async Task WatchPublishAsync(ValueTask publish, PendingReply reply, CancellationToken cancellationToken)
    {
        try
        {
            await publish.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            PublishFailed(reply, exception, cancellationToken);
        }
    }

    private static void PublishFailed(PendingReply reply, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                reply.TryCancel(cancellationToken);
                break;
            case NatsException or OperationCanceledException:
                // An OperationCanceledException not of the caller's token is the library's own command timeout (a stalled socket).
                reply.TryFail(new ConnectionLostException(reply.Subject, exception));
                break;
            default:
                reply.TryFail(exception);
                break;
        }
    }

    /// <summary>When the deadline sweep fails a request: an infinite timeout never.</summary>
    private static long DeadlineOf(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan || timeout.TotalMilliseconds >= long.MaxValue / 2
            ? long.MaxValue
            : Environment.TickCount64 + (long)Math.Ceiling(timeout.TotalMilliseconds);

    /// <summary>Fails the requests whose deadline has passed: one timer for all of them instead of one per request.</summary>
    private void FailOverdue()
    {
        var now = Environment.TickCount64;
        foreach (var (_, reply) in pending)
        {
            if (reply.Deadline <= now)
            {
                reply.TryFail(new RequestTimedOutException(reply.Subject));
            }
        }
    }

    private async Task<ReplySubscription> SubscribeRepliesAsync(string prefix)
    {
        var subscription = new ReplySubscription(connection, prefix, RouteReply);
        await connection.AddSubAsync(subscription).ConfigureAwait(false);
        return subscription;
    }

    /// <summary>
    /// Completes the request waiting on <paramref name="subject"/>, if any. An answer is copied into a pooled buffer the
    /// request's reader gives back (<see cref="BusMessage.Dispose"/>); a reply nobody waits for any more is not copied.
    /// </summary>
    private void RouteReply(string subject, string? replyTo, in ReadOnlySequence<byte>? headers, in ReadOnlySequence<byte> payload)
    {
        if (!pending.TryGetValue(subject, out var reply))
        {
            return;
        }

        if (payload.IsEmpty)
        {
            // Only a message without payload can be a status: the library reads a no-responders 503 from its headers.
            var message = NatsMsg<byte[]>.Build(subject, replyTo, headers, payload, connection, connection.HeaderParser, NatsRawSerializer<byte[]>.Default);
            if (message.HasNoResponders)
            {
                reply.TryFail(new NoRespondersException(reply.Subject));
            }
            else
            {
                reply.TryReply(new BusMessage(subject, replyTo, ReadOnlyMemory<byte>.Empty));
            }

            return;
        }

        var answer = BusMessage.Lending(subject, replyTo, payload);
        if (!reply.TryReply(answer))
        {
            answer.Dispose();
        }
    }

    private void FailPending(Func<string, Exception> error)
    {
        foreach (var reply in pending.Values)
        {
            reply.TryFail(error(reply.Subject));
        }
    }

    private ValueTask OnDisconnectedAsync(object? sender, NatsEventArgs args)
    {
        // Logged first, so the log tells the drop before anything it fails.
        LogDisconnected(logger, args.Message, pending.Count);
        Interlocked.Increment(ref losses);
        Interlocked.Exchange(ref lost, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        FailPending(static subject => new ConnectionLostException(subject));
        ConnectionLost?.Invoke(this, EventArgs.Empty);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnOpenedAsync(object? sender, NatsEventArgs args)
    {
        var lossesSeen = Volatile.Read(ref losses);
        if (lossesSeen > 0)
        {
            // Not awaited here: the library delivers its events one by one, and a drop during this PING must not wait for it.
            _ = ConfirmRestoredAsync(lossesSeen, args.Message);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The library re-sent every subscription before it reported the connection open; a PING after them proves the server has them.</summary>
    private async Task ConfirmRestoredAsync(int lossesSeen, string server)
    {
        const int Attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var timeout = new CancellationTokenSource(connection.Opts.CommandTimeout);
                await FlushAsync(timeout.Token).ConfigureAwait(false);
                break;
            }
            catch (Exception exception) when (exception is MessageBusException or OperationCanceledException)
            {
                // Lost again before the server answered: the next reconnect confirms instead. Still up (a server slow
                // after its restart): asked again, since no reconnect will come to confirm it and the live streams
                // would never hear that they missed broadcasts.
                if (Volatile.Read(ref losses) != lossesSeen || !IsConnected || attempt == Attempts)
                {
                    return;
                }
            }
        }

        if (Volatile.Read(ref losses) == lossesSeen)
        {
            Interlocked.Increment(ref restorations);
            LogRestored(logger, server, subscriptions.Count + replySubscriptions.Count);
            ConnectionRestored?.Invoke(this, EventArgs.Empty);
        }
    }

    private ValueTask OnMessageDroppedAsync(object? sender, NatsMessageDroppedEventArgs args)
    {
        Interlocked.Increment(ref droppedMessages);
        return ValueTask.CompletedTask;
    }

    /// <summary>The library reports a subscription as slow once per burst of drops (it re-arms once its reader catches up).</summary>
    private ValueTask OnSlowConsumerAsync(object? sender, NatsSlowConsumerEventArgs args)
    {
        LogSlowConsumer(logger, args.Subscription.Subject, SubscriptionCapacity, DroppedMessages);
        return ValueTask.CompletedTask;
    }

    /// <summary>A permission violation answers one publish or subscription and leaves the connection up: fail just that.</summary>
    private ValueTask OnServerErrorAsync(object? sender, NatsServerErrorEventArgs args)
    {
        const string PublishViolation = "Permissions Violation for Publish to";
        const string SubscriptionViolation = "Permissions Violation for Subscription to";
        if (args.Kind != NatsServerErrorKind.PermissionsViolation)
        {
            return ValueTask.CompletedTask;
        }

        LogPermissionViolation(logger, args.Error);
        var subject = QuotedSubject(args.Error);
        if (args.Error.StartsWith(PublishViolation, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var reply in pending.Values.Where(reply => reply.Subject == subject))
            {
                reply.TryFail(new PermissionDeniedException(subject, args.Error));
            }
        }
        else if (args.Error.StartsWith(SubscriptionViolation, StringComparison.OrdinalIgnoreCase))
        {
            FailSubscriptions(subject, args.Error);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Fails what the refusal answers without waiting for any UNSUB: this runs on the connection's event loop, which a
    /// write held up by the server would otherwise hold up too, and one failed UNSUB would leave the rest unfailed.
    /// </summary>
    private void FailSubscriptions(string subject, string error)
    {
        foreach (var (prefix, entry) in replySubscriptions)
        {
            if (prefix + ".*" == subject && replySubscriptions.TryRemove(new KeyValuePair<string, Lazy<Task<ReplySubscription>>>(prefix, entry)))
            {
                // Usually made already (its SUB went out before the refusal came back), and then refused at once; one
                // still waiting for a reconnect is refused once made.
                _ = RefuseRepliesAsync(entry.Value, subject, error);
            }
        }

        foreach (var (subscription, subscribedSubject) in subscriptions)
        {
            if (subscribedSubject == subject)
            {
                _ = UnsubscribeAsync(subscription.FailAsync(new PermissionDeniedException(subject, error)));
            }
        }
    }

    /// <summary>Marks the reply subscription refused, fails the requests waiting on it, and ends it.</summary>
    private async Task RefuseRepliesAsync(Task<ReplySubscription> subscribing, string subject, string error)
    {
        ReplySubscription refused;
        try
        {
            refused = await subscribing.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NatsException or OperationCanceledException or ObjectDisposedException)
        {
            // Never made: nothing was listed on it, and its requests failed with it.
            return;
        }

        refused.Refuse(error);
        var start = refused.Prefix + ".";
        foreach (var (replySubject, reply) in pending)
        {
            if (replySubject.StartsWith(start, StringComparison.Ordinal))
            {
                reply.TryFail(new PermissionDeniedException(subject, error));
            }
        }

        await UnsubscribeAsync(refused.DisposeAsync()).ConfigureAwait(false);
    }

    /// <summary>An UNSUB of a refused subscription: one the server does not take in time leaves nothing to do.</summary>
    private static async Task UnsubscribeAsync(ValueTask unsubscribing)
    {
        try
        {
            await unsubscribing.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NatsException or OperationCanceledException or ObjectDisposedException or TimeoutException)
        {
            // The subscription is failed already; the server refused it anyway.
        }
    }

    private static string QuotedSubject(string message)
    {
        var open = message.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('"', open + 1);
        return close < 0 ? string.Empty : message[(open + 1)..close];
    }

    [LoggerMessage(EventId = 4210, Level = LogLevel.Warning, Message = "NATS connection to {Server} lost; {Pending} in-flight requests failed; reconnecting.")]
    private static partial void LogDisconnected(ILogger logger, string server, int pending);

    [LoggerMessage(EventId = 4211, Level = LogLevel.Information, Message = "NATS connection to {Server} restored; the server holds all {Subscriptions} subscriptions again.")]
    private static partial void LogRestored(ILogger logger, string server, int subscriptions);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Warning, Message = "NATS subscription {Subject} fell behind: {Capacity} messages were waiting, so it drops its oldest; {Dropped} dropped on this connection so far.")]
    private static partial void LogSlowConsumer(ILogger logger, string subject, int capacity, long dropped);

    [LoggerMessage(EventId = 4213, Level = LogLevel.Warning, Message = "NATS connection closed without the server confirming its unsubscriptions: {Error}")]
    private static partial void LogClosedUncleanly(ILogger logger, string error);

    [LoggerMessage(EventId = 4214, Level = LogLevel.Warning, Message = "NATS refused an operation: {Error}")]
    private static partial void LogPermissionViolation(ILogger logger, string error);
}
