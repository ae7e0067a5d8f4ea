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
/// they concern, and dropped messages counted and logged once per burst. Create it with <see cref="ConnectAsync"/>.
/// </summary>
public sealed partial class NatsMessageBus : IMessageBus
{
    /// <summary>Messages a subscription holds for a reader that fell behind; beyond it the oldest waiting one is dropped.</summary>
    public const int SubscriptionCapacity = 1024;

    private static readonly NatsSubOpts SubscriptionOptions = new()
    {
        ChannelOpts = new NatsSubChannelOpts { Capacity = SubscriptionCapacity, FullMode = BoundedChannelFullMode.DropOldest },
    };

    private readonly NatsConnection connection;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, PendingReply> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<ReplySubscription>>> replySubscriptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<BusSubscription, string> subscriptions = new();
    private long droppedMessages;
    private int losses;
    private int disposed;
    private TaskCompletionSource lost = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NatsMessageBus(NatsConnection connection)
    {
        this.connection = connection;
        logger = connection.Opts.LoggerFactory.CreateLogger<NatsMessageBus>();
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

    public async Task<BusMessage> RequestAsync(
        string subject,
        string replySubject,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replySubject);
        var dot = replySubject.LastIndexOf('.');
        if (dot <= 0 || dot == replySubject.Length - 1)
        {
            throw new ArgumentException($"The reply subject '{replySubject}' needs a prefix and a last token separated by '.'.", nameof(replySubject));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (!IsConnected)
        {
            throw new ConnectionLostException(subject, new NotConnectedException("NATS: not connected; reconnecting."));
        }

        await EnsureReplySubscriptionAsync(replySubject[..dot], subject, timeout, cancellationToken).ConfigureAwait(false);
        var reply = new PendingReply(subject);
        if (!pending.TryAdd(replySubject, reply))
        {
            throw new InvalidOperationException($"A request is already waiting for a reply on '{replySubject}'.");
        }

        try
        {
            // Checked after registering: a drop racing with this request either fails the entry or is seen here.
            if (!IsConnected)
            {
                throw new ConnectionLostException(subject, new NotConnectedException("NATS: not connected; reconnecting."));
            }

            try
            {
                await connection.PublishAsync(subject, payload, replyTo: replySubject, serializer: NatsRawSerializer<ReadOnlyMemory<byte>>.Default, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (NatsException exception)
            {
                throw new ConnectionLostException(subject, exception);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The library's own command timeout (a stalled socket), not the caller's cancellation.
                throw new ConnectionLostException(subject, exception);
            }

            try
            {
                return await reply.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException exception)
            {
                throw new RequestTimedOutException(subject, exception);
            }
        }
        finally
        {
            pending.TryRemove(new KeyValuePair<string, PendingReply>(replySubject, reply));
        }
    }

    public async ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        try
        {
            await connection.PublishAsync(subject, payload, serializer: NatsRawSerializer<ReadOnlyMemory<byte>>.Default, cancellationToken: cancellationToken)
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
                    yield return new BusMessage(message.Subject, message.ReplyTo, message.Data ?? []);
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
        await connection.DisposeAsync().ConfigureAwait(false);
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

    /// <summary>The library subscription, registered for permission errors; null when cancelled before it was made.</summary>
    private async Task<BusSubscription?> OpenSubscriptionAsync(string subject, CancellationToken cancellationToken)
    {
        INatsSub<byte[]> inner;
        try
        {
            inner = await connection.SubscribeCoreAsync(subject, serializer: NatsRawSerializer<byte[]>.Default, opts: SubscriptionOptions, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (NatsException exception)
        {
            throw new NotConnectedException($"NATS: could not subscribe to '{subject}': {exception.Message}", exception);
        }

        var subscription = new BusSubscription(inner);
        subscriptions[subscription] = subject;
        return subscription;
    }

    /// <summary>
    /// Makes the reply subscription of <paramref name="prefix"/> once; its SUB goes out before the request's PUB on the
    /// same connection, so the server knows where the reply goes before it sees the request.
    /// </summary>
    private Task EnsureReplySubscriptionAsync(string prefix, string subject, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var entry = replySubscriptions.GetOrAdd(prefix, key => new Lazy<Task<ReplySubscription>>(() => SubscribeRepliesAsync(key)));
        var task = entry.Value;
        return task.IsCompletedSuccessfully ? Task.CompletedTask : AwaitReplySubscriptionAsync(prefix, subject, entry, timeout, cancellationToken);
    }

    /// <summary>
    /// Waits for the area's reply subscription within the request's own timeout (the library waits for a reconnect
    /// without limit). One that failed, for whatever reason, is forgotten so that the next request makes it again.
    /// </summary>
    private async Task AwaitReplySubscriptionAsync(
        string prefix, string subject, Lazy<Task<ReplySubscription>> entry, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await entry.Value.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (entry.Value.IsFaulted || entry.Value.IsCanceled)
            {
                replySubscriptions.TryRemove(new KeyValuePair<string, Lazy<Task<ReplySubscription>>>(prefix, entry));
            }

            throw new ConnectionLostException(subject, exception);
        }
    }

    private async Task<ReplySubscription> SubscribeRepliesAsync(string prefix)
    {
        var subscription = new ReplySubscription(connection, prefix, RouteReply);
        await connection.AddSubAsync(subscription).ConfigureAwait(false);
        return subscription;
    }

    private void RouteReply(NatsMsg<byte[]> message)
    {
        if (!pending.TryGetValue(message.Subject, out var reply))
        {
            return;
        }

        if (message.HasNoResponders)
        {
            reply.TrySetException(new NoRespondersException(reply.Subject));
        }
        else
        {
            reply.TrySetResult(new BusMessage(message.Subject, message.ReplyTo, message.Data ?? []));
        }
    }

    private void FailPending(Func<string, Exception> error)
    {
        foreach (var reply in pending.Values)
        {
            reply.TrySetException(error(reply.Subject));
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
        try
        {
            using var timeout = new CancellationTokenSource(connection.Opts.CommandTimeout);
            await FlushAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is MessageBusException or OperationCanceledException)
        {
            // Lost again before the server answered: the next reconnect confirms instead.
            return;
        }

        if (Volatile.Read(ref losses) == lossesSeen)
        {
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
    private async ValueTask OnServerErrorAsync(object? sender, NatsServerErrorEventArgs args)
    {
        const string PublishViolation = "Permissions Violation for Publish to";
        const string SubscriptionViolation = "Permissions Violation for Subscription to";
        if (args.Kind != NatsServerErrorKind.PermissionsViolation)
        {
            return;
        }

        LogPermissionViolation(logger, args.Error);
        var subject = QuotedSubject(args.Error);
        if (args.Error.StartsWith(PublishViolation, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var reply in pending.Values.Where(reply => reply.Subject == subject))
            {
                reply.TrySetException(new PermissionDeniedException(subject, args.Error));
            }
        }
        else if (args.Error.StartsWith(SubscriptionViolation, StringComparison.OrdinalIgnoreCase))
        {
            await FailSubscriptionsAsync(subject, args.Error).ConfigureAwait(false);
        }
    }

    private async Task FailSubscriptionsAsync(string subject, string error)
    {
        foreach (var (prefix, entry) in replySubscriptions)
        {
            if (prefix + ".*" != subject || !replySubscriptions.TryRemove(new KeyValuePair<string, Lazy<Task<ReplySubscription>>>(prefix, entry)))
            {
                continue;
            }

            var start = prefix + ".";
            foreach (var (replySubject, reply) in pending)
            {
                if (replySubject.StartsWith(start, StringComparison.Ordinal))
                {
                    reply.TrySetException(new PermissionDeniedException(subject, error));
                }
            }

            if (entry.Value.IsCompletedSuccessfully)
            {
                await entry.Value.Result.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var (subscription, subscribedSubject) in subscriptions)
        {
            if (subscribedSubject == subject)
            {
                await subscription.FailAsync(new PermissionDeniedException(subject, error)).ConfigureAwait(false);
            }
        }
    }

    private static string QuotedSubject(string message)
    {
        var open = message.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('"', open + 1);
        return close < 0 ? string.Empty : message[(open + 1)..close];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "NATS connection to {Server} lost; {Pending} in-flight requests failed; reconnecting.")]
    private static partial void LogDisconnected(ILogger logger, string server, int pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "NATS connection to {Server} restored; the server holds all {Subscriptions} subscriptions again.")]
    private static partial void LogRestored(ILogger logger, string server, int subscriptions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NATS subscription {Subject} fell behind: {Capacity} messages were waiting, so it drops its oldest; {Dropped} dropped on this connection so far.")]
    private static partial void LogSlowConsumer(ILogger logger, string subject, int capacity, long dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NATS refused an operation: {Error}")]
    private static partial void LogPermissionViolation(ILogger logger, string error);
}
