using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// Portal's own client for the NATS client protocol: one connection (replaced transparently on reconnect) with coalesced
/// writes, a reader that never blocks on a consumer, request-reply over one wildcard reply subscription per prefix.
/// Create it with <see cref="ConnectAsync"/>.
/// </summary>
public sealed class NatsConnection : IMessageBus
{
    /// <summary>While connected, a publisher waits for the writer once this much is queued (back-pressure, not loss).</summary>
    private const int WriterHighWaterBytes = 4 * 1024 * 1024;

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    private readonly NatsClientOptions _options;
    private readonly ILogger _logger;
    private readonly List<NatsServerAddress> _servers;
    private readonly object _stateLock = new();
    private readonly object _writeLock = new();
    private readonly object _muxLock = new();
    private readonly WriterSignal _writerSignal = new();
    private readonly CancellationTokenSource _disposeCts = new();
    private readonly ConcurrentDictionary<long, SubscriptionEntry> _subscriptions = new();
    private readonly ConcurrentDictionary<string, ReplyMuxSubscription> _replyMuxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PendingRequest> _pendingRequests = new(StringComparer.Ordinal);
    private readonly string _inboxPrefix;

    private OutboundBuffer _queued = new();
    private OutboundBuffer _sending = new();
    private TaskCompletionSource? _writerDrained;
    private ServerSocket? _socket;
    private volatile bool _connected;
    private volatile bool _closed;
    private int _disposeStarted;
    private Task _reconnectTask = Task.CompletedTask;
    private TaskCompletionSource _stateChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private NatsServerInfo _serverInfo = new();
    private long _lastSid;
    private long _lastInbox;
    private long _droppedMessages;
    private int _reconnects;

    private NatsConnection(NatsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidateOptions(options);
        _options = options;
        _logger = options.Logger ?? NullLogger.Instance;
        _servers = [.. NatsServerAddress.ParseList(options.Url)];
        _inboxPrefix = "_INBOX." + RandomToken();
    }

    public bool IsConnected => _connected;

    /// <summary>Messages dropped across all subscriptions because their readers fell behind.</summary>
    public long DroppedMessages => Interlocked.Read(ref _droppedMessages);

    /// <summary>Largest payload (headers included) the current server accepts.</summary>
    public int MaxPayload => Volatile.Read(ref _serverInfo).MaxPayload;

    internal int PendingRequestCount => _pendingRequests.Count;

    internal int SubscriptionCount => _subscriptions.Count;

    /// <summary>The servers this connection knows: the URL list plus those announced in INFO <c>connect_urls</c>.</summary>
    internal IReadOnlyList<string> KnownServers
    {
        get
        {
            lock (_servers)
            {
                return [.. _servers.Select(s => s.ToString())];
            }
        }
    }

    /// <summary>Completes once <see cref="IsConnected"/> equals <paramref name="connected"/> (tests and readiness checks).</summary>
    internal Task WaitForConnectionStateAsync(bool connected, CancellationToken cancellationToken) =>
        WaitUntilAsync(
            () => _connected == connected
                || (_closed && connected ? throw new NatsConnectionException("NATS: the connection is closed and will not reconnect.") : false),
            cancellationToken);

    /// <summary>Completes once the connection has been re-established at least <paramref name="count"/> times.</summary>
    internal Task WaitForReconnectsAsync(int count, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => Volatile.Read(ref _reconnects) >= count, cancellationToken);

    /// <summary>Completes once at least <paramref name="count"/> servers are known.</summary>
    internal Task WaitForKnownServersAsync(int count, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => KnownServers.Count >= count, cancellationToken);

    private async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_stateLock)
            {
                if (condition())
                {
                    return;
                }

                changed = _stateChanged.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Connects to the first reachable server of <see cref="NatsClientOptions.Url"/> and returns the live connection.</summary>
    /// <exception cref="NatsAuthorizationException">The server refused the credentials.</exception>
    /// <exception cref="NatsConnectionException">No server could be reached.</exception>
    public static async Task<NatsConnection> ConnectAsync(NatsClientOptions options, CancellationToken cancellationToken = default)
    {
        var connection = new NatsConnection(options);
        try
        {
            await connection.ConnectFirstAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        PublishAsync(subject, replyTo: null, headers: null, payload, cancellationToken);

    /// <summary>PUB, or HPUB when <paramref name="headers"/> is given.</summary>
    internal ValueTask PublishAsync(string subject, string? replyTo, NatsHeaders? headers, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        SubjectRules.ValidatePublish(subject, nameof(subject));
        if (replyTo is not null)
        {
            SubjectRules.ValidatePublish(replyTo, nameof(replyTo));
        }

        return PublishValidatedAsync(subject, replyTo, headers, payload, writeOnCallerThread: false, cancellationToken);
    }

    /// <summary>
    /// Sends subjects its callers have already checked (each public entry checks its own once).
    /// <paramref name="writeOnCallerThread"/>: a request waits for its reply, so an idle writer sends it on this thread
    /// (lower latency); plain publishes leave the writing to the writer's own thread, which coalesces them.
    /// </summary>
    private ValueTask PublishValidatedAsync(
        string subject,
        string? replyTo,
        NatsHeaders? headers,
        ReadOnlyMemory<byte> payload,
        bool writeOnCallerThread,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var headersLength = NatsProtocolWriter.GetHeadersLength(headers);
        var maxPayload = MaxPayload;
        if (headersLength + payload.Length > maxPayload)
        {
            throw new ArgumentException(
                $"The message to '{subject}' has {headersLength + payload.Length} bytes (headers included); the server accepts at most {maxPayload}.",
                nameof(payload));
        }

        var backPressure = TryQueuePublish(subject, replyTo, headers, headersLength, payload.Span, writeOnCallerThread);
        return backPressure is null
            ? ValueTask.CompletedTask
            : PublishAfterBackPressureAsync(backPressure, subject, replyTo, headers, headersLength, payload, cancellationToken);
    }

    public async Task<BusMessage> RequestAsync(
        string subject,
        string replySubject,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var reply = await RequestAsync(subject, replySubject, headers: null, payload, timeout, cancellationToken).ConfigureAwait(false);
        return reply.ToBusMessage();
    }

    /// <summary>A request with a reply subject of its own: <c>_INBOX.&lt;random&gt;.&lt;sequence&gt;</c>.</summary>
    internal Task<NatsMessage> RequestAsync(string subject, NatsHeaders? headers, ReadOnlyMemory<byte> payload, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var replySubject = _inboxPrefix + "." + Interlocked.Increment(ref _lastInbox).ToString(CultureInfo.InvariantCulture);
        return RequestAsync(subject, replySubject, headers, payload, timeout ?? _options.RequestTimeout, cancellationToken);
    }

    internal async Task<NatsMessage> RequestAsync(
        string subject,
        string replySubject,
        NatsHeaders? headers,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        SubjectRules.ValidatePublish(subject, nameof(subject));
        var prefix = SubjectRules.ReplyPrefix(replySubject, nameof(replySubject));
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The request timeout must be positive.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfClosed();
        EnsureReplyMux(prefix);

        var pending = new PendingRequest(subject);
        if (!_pendingRequests.TryAdd(replySubject, pending))
        {
            throw new InvalidOperationException($"A request is already waiting for a reply on '{replySubject}'.");
        }

        try
        {
            // Checked after registering: a drop racing with this request either sees the entry or is seen here.
            if (!_connected)
            {
                throw new ConnectionLostException(subject, new NatsConnectionException("NATS: not connected; reconnecting."));
            }

            await PublishValidatedAsync(subject, replySubject, headers, payload, writeOnCallerThread: true, cancellationToken).ConfigureAwait(false);
            NatsMessage? reply;
            try
            {
                reply = await pending.Reply.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                throw new RequestTimedOutException(subject, ex);
            }

            if (reply is null)
            {
                ExceptionDispatchInfo.Throw(pending.Error);
            }

            return reply;
        }
        finally
        {
            _pendingRequests.TryRemove(new KeyValuePair<string, PendingRequest>(replySubject, pending));
        }
    }

    public async IAsyncEnumerable<BusMessage> SubscribeAsync(string subject, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscription = Subscribe(subject, queueGroup: null);
        try
        {
            await foreach (var message in subscription.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return message.ToBusMessage();
            }
        }
        finally
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Subscribes (SUB) at once; messages queue in the returned subscription (headers included) until it is disposed.
    /// With <paramref name="queueGroup"/>, the server gives each message to one member of the group.
    /// </summary>
    internal NatsSubscription Subscribe(string subject, string? queueGroup, int? capacity = null)
    {
        SubjectRules.ValidateSubscribe(subject, nameof(subject));
        if (queueGroup is not null)
        {
            SubjectRules.ValidateQueueGroup(queueGroup, nameof(queueGroup));
        }

        ThrowIfClosed();
        var subscription = new NatsSubscription(this, NextSid(), subject, queueGroup, capacity ?? _options.SubscriptionCapacity);
        _subscriptions[subscription.Sid] = subscription;
        QueueControl(writer => NatsProtocolWriter.WriteSubscribe(writer, subject, queueGroup, subscription.Sid));
        return subscription;
    }

    /// <summary>Completes once the server has processed everything sent so far (a PING answered by its PONG).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_writeLock)
        {
            ThrowIfClosed();
            var socket = _socket;
            if (!_connected || socket is null)
            {
                throw new NatsConnectionException("NATS: not connected; cannot flush.");
            }

            socket.PongWaiters.Enqueue(waiter);
            NatsProtocolWriter.WritePing(_queued);
        }

        _writerSignal.Signal();

        if (!await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new NatsConnectionException("NATS: the connection dropped before the flush completed.");
        }
    }

    internal void Unsubscribe(SubscriptionEntry subscription)
    {
        if (_subscriptions.TryRemove(subscription.Sid, out _))
        {
            QueueControl(writer => NatsProtocolWriter.WriteUnsubscribe(writer, subscription.Sid, maxMessages: null), throwIfClosed: false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposeStarted, 1) != 0)
        {
            return;
        }

        if (_connected)
        {
            await DrainAsync().ConfigureAwait(false);
        }

        ServerSocket? socket;
        lock (_stateLock)
        {
            _closed = true;
            _connected = false;
            socket = _socket;
            _socket = null;
            SignalStateChangedLocked();
        }

        await _disposeCts.CancelAsync().ConfigureAwait(false);
        if (socket is not null)
        {
            await socket.StopAsync().ConfigureAwait(false);
        }

        await _reconnectTask.ConfigureAwait(false);
        FailPendingRequests(static subject => new ConnectionLostException(subject, new ObjectDisposedException(nameof(NatsConnection))));
        foreach (var subscription in _subscriptions.Values)
        {
            subscription.Complete();
        }

        _subscriptions.Clear();
        _replyMuxes.Clear();
        lock (_writeLock)
        {
            ReleaseWriterDrainedLocked();
            _queued.Dispose();
            _sending.Dispose();
        }

        _disposeCts.Dispose();
        NatsLog.Closed(_logger, NatsServerAddress.Redact(_options.Url));
    }

    private async Task DrainAsync()
    {
        lock (_writeLock)
        {
            foreach (var subscription in _subscriptions.Values)
            {
                NatsProtocolWriter.WriteUnsubscribe(_queued, subscription.Sid, maxMessages: null);
            }
        }

        using var timeout = new CancellationTokenSource(DrainTimeout);
        try
        {
            await FlushAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MessageBusException or OperationCanceledException)
        {
            // Closing anyway: whatever could not be flushed within the drain timeout is lost with the socket.
        }
    }

    private async Task ConnectFirstAsync(CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var server in _servers.ToArray())
        {
            try
            {
                var socket = await EstablishAsync(server, cancellationToken).ConfigureAwait(false);
                if (Install(socket, reconnectAttempts: null))
                {
                    return;
                }

                await socket.StopAsync().ConfigureAwait(false);
                failures.Add(new IOException($"NATS: {server} dropped the connection right after the handshake."));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not NatsAuthorizationException)
            {
                failures.Add(ex);
            }
        }

        var error = new NatsConnectionException(
            $"NATS: could not connect to {NatsServerAddress.Redact(_options.Url)}.",
            failures.Count == 1 ? failures[0] : new AggregateException(failures));
        if (!_options.RetryOnInitialConnect)
        {
            throw error;
        }

        NatsLog.InitialConnectFailed(_logger, NatsServerAddress.Redact(_options.Url), error);
        lock (_stateLock)
        {
            var last = _servers[^1];
            _reconnectTask = Task.Run(() => ReconnectLoopAsync(lost: null, last), CancellationToken.None);
        }
    }

    /// <summary>TCP connect, INFO, optional TLS upgrade, then CONNECT + every live SUB + PING, answered by PONG.</summary>
    private async Task<ServerSocket> EstablishAsync(NatsServerAddress server, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposeCts.Token);
        attempt.CancelAfter(_options.ConnectTimeout);
        var token = attempt.Token;
        var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        ServerSocket? socket = null;
        try
        {
            await tcp.ConnectAsync(server.Host, server.Port, token).ConfigureAwait(false);
            stream = new NetworkStream(tcp, ownsSocket: true);
            var info = await ReadInfoAsync(stream, server, token).ConfigureAwait(false);
            ApplyInfo(info, server);
            var tls = server.IsTls || info.TlsRequired;
            if (tls)
            {
                stream = await UpgradeToTlsAsync(stream, server, token).ConfigureAwait(false);
            }

            socket = new ServerSocket(server, stream, _writerSignal);
            using (var hello = new OutboundBuffer())
            {
                NatsProtocolWriter.WriteConnect(hello, BuildConnectJson(server, tls));
                foreach (var subscription in _subscriptions.Values)
                {
                    NatsProtocolWriter.WriteSubscribe(hello, subscription.Subject, subscription.QueueGroup, subscription.Sid);
                }

                NatsProtocolWriter.WritePing(hello);
                await stream.WriteAsync(hello.WrittenMemory, token).ConfigureAwait(false);
            }

            var handshake = socket;
            socket.ReaderTask = Task.Run(() => ReadLoopAsync(handshake), CancellationToken.None);
            var failure = await socket.Handshake.Task.WaitAsync(token).ConfigureAwait(false);
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            return socket;
        }
        catch (Exception ex)
        {
            if (socket is not null)
            {
                await socket.StopAsync().ConfigureAwait(false);
            }
            else if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                tcp.Dispose();
            }

            if (ex is OperationCanceledException && attempt.IsCancellationRequested
                && !cancellationToken.IsCancellationRequested && !_disposeCts.IsCancellationRequested)
            {
                throw new TimeoutException($"NATS: connecting to {server} took longer than {_options.ConnectTimeout}.", ex);
            }

            throw;
        }
    }

    private static async Task<NatsServerInfo> ReadInfoAsync(Stream stream, NatsServerAddress server, CancellationToken cancellationToken)
    {
        // The server says nothing after INFO until it gets CONNECT, so reading up to the first CRLF reads INFO alone.
        var buffer = ArrayPool<byte>.Shared.Rent(NatsProtocolParser.MaxControlLineBytes);
        try
        {
            var length = 0;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IOException($"NATS: {server} closed the connection before sending INFO.");
                }

                length += read;
                var bytes = new ReadOnlySequence<byte>(buffer, 0, length);
                if (NatsProtocolParser.TryParse(ref bytes, out var frame))
                {
                    return frame.Operation switch
                    {
                        ServerOperation.Info => NatsServerInfo.Parse(frame.Text!),
                        ServerOperation.Err => throw new NatsServerErrorException(frame.Text!),
                        _ => throw new NatsProtocolException($"NATS: {server} sent {frame.Operation} instead of INFO."),
                    };
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<Stream> UpgradeToTlsAsync(Stream stream, NatsServerAddress server, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = _options.TlsHostName ?? server.Host,
                    RemoteCertificateValidationCallback = _options.TlsCertificateValidation ?? TrustedCertificateValidation(),
                },
                cancellationToken).ConfigureAwait(false);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private RemoteCertificateValidationCallback? TrustedCertificateValidation()
    {
        if (_options.TlsTrustedCertificate is not { } trusted)
        {
            return null;
        }

        return (_, certificate, _, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }

            // Only the chain may fail the system check (unknown root); a wrong host name stays fatal.
            if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is not X509Certificate2 presented)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(trusted);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(presented);
        };
    }

    private byte[] BuildConnectJson(NatsServerAddress server, bool tls)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("verbose", false);
            json.WriteBoolean("pedantic", false);
            json.WriteBoolean("tls_required", tls);
            json.WriteString("name", _options.Name);
            json.WriteString("lang", ".NET-portal");
            json.WriteString("version", "1.0.0");
            json.WriteNumber("protocol", 1);
            json.WriteBoolean("headers", true);
            json.WriteBoolean("no_responders", true);
            json.WriteBoolean("echo", true);
            var token = server.Token ?? (server.Username is null ? _options.Token : null);
            var user = server.Username ?? (server.Token is null ? _options.Username : null);
            var password = server.Username is not null ? server.Password : (server.Token is null ? _options.Password : null);
            if (user is not null)
            {
                json.WriteString("user", user);
                json.WriteString("pass", password ?? string.Empty);
            }

            if (token is not null)
            {
                json.WriteString("auth_token", token);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void ApplyInfo(NatsServerInfo info, NatsServerAddress announcer)
    {
        Volatile.Write(ref _serverInfo, info);
        if (info.ConnectUrls is not { Count: > 0 } urls)
        {
            return;
        }

        var added = false;
        lock (_servers)
        {
            foreach (var url in urls)
            {
                if (NatsServerAddress.FromConnectUrl(url, announcer) is { } discovered && !_servers.Exists(s => s.SameEndpoint(discovered)))
                {
                    _servers.Add(discovered);
                    added = true;
                }
            }
        }

        if (added)
        {
            lock (_stateLock)
            {
                SignalStateChangedLocked();
            }
        }
    }

    /// <summary>Makes <paramref name="socket"/> the live one and starts its writer and keepalive; false if it died meanwhile.</summary>
    private bool Install(ServerSocket socket, int? reconnectAttempts)
    {
        lock (_stateLock)
        {
            if (_closed || socket.Failed)
            {
                return false;
            }

            // Logged before anyone waiting for the connection is released, so the log tells the order of events.
            if (reconnectAttempts is { } attempts)
            {
                NatsLog.Reconnected(_logger, socket.Server.ToString(), attempts, _subscriptions.Count);
                Interlocked.Increment(ref _reconnects);
            }
            else
            {
                var info = Volatile.Read(ref _serverInfo);
                NatsLog.Connected(_logger, socket.Server.ToString(), info.ServerId, info.Version);
            }

            _socket = socket;
            _connected = true;
            SignalStateChangedLocked();
            socket.WriterTask = Task.Run(() => WriteLoopAsync(socket), CancellationToken.None);
            socket.PingTask = Task.Run(() => PingLoopAsync(socket), CancellationToken.None);
            return true;
        }
    }

    private async Task ReadLoopAsync(ServerSocket socket)
    {
        var reader = PipeReader.Create(socket.Stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 4 * 1024, leaveOpen: true));
        Exception? failure;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(socket.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                try
                {
                    while (NatsProtocolParser.TryParse(ref buffer, out var frame))
                    {
                        HandleFrame(socket, frame);
                    }
                }
                finally
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }

                if (result.IsCompleted)
                {
                    failure = new IOException($"NATS: {socket.Server} closed the connection.");
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        await reader.CompleteAsync().ConfigureAwait(false);
        OnSocketFailed(socket, failure);
    }

    private void HandleFrame(ServerSocket socket, ServerFrame frame)
    {
        switch (frame.Operation)
        {
            case ServerOperation.Msg:
                Dispatch(frame.Sid, frame.Message!);
                break;
            case ServerOperation.Ping:
                QueueControl(NatsProtocolWriter.WritePong, throwIfClosed: false);
                break;
            case ServerOperation.Pong:
                Volatile.Write(ref socket.PingsOutstanding, 0);
                if (!socket.Handshake.Task.IsCompleted)
                {
                    socket.Handshake.TrySetResult(null);
                }
                else if (socket.PongWaiters.TryDequeue(out var waiter))
                {
                    waiter?.TrySetResult(true);
                }

                break;
            case ServerOperation.Info:
                ApplyInfo(NatsServerInfo.Parse(frame.Text!), socket.Server);
                break;
            case ServerOperation.Err:
                HandleServerError(socket, frame.Text!);
                break;
            case ServerOperation.Ok:
                break;
            default:
                throw new NatsProtocolException($"NATS: unexpected {frame.Operation}.");
        }
    }

    private void Dispatch(long sid, NatsMessage message)
    {
        if (!_subscriptions.TryGetValue(sid, out var subscription) || subscription.Deliver(message))
        {
            return;
        }

        var dropped = Interlocked.Increment(ref _droppedMessages);
        if (subscription is NatsSubscription { DropStartedBurst: true } slow)
        {
            NatsLog.SlowConsumer(_logger, slow.Sid, slow.Subject, _options.SubscriptionCapacity, dropped);
        }
    }

    private void RouteReply(NatsMessage reply)
    {
        if (!_pendingRequests.TryGetValue(reply.Subject, out var pending))
        {
            return;
        }

        if (reply.IsNoResponders)
        {
            pending.Fail(new NoRespondersException(pending.Subject));
        }
        else
        {
            pending.Complete(reply);
        }
    }

    private void FailRepliesWithPrefix(string prefix, Exception error)
    {
        lock (_muxLock)
        {
            _replyMuxes.TryRemove(prefix, out _);
        }

        var start = prefix + ".";
        foreach (var (replySubject, pending) in _pendingRequests)
        {
            if (replySubject.StartsWith(start, StringComparison.Ordinal))
            {
                pending.Fail(error);
            }
        }
    }

    /// <summary>
    /// Permission violations are answers to one operation and leave the connection up; every other -ERR is followed by
    /// the server closing the socket, so it ends this socket (and, during the handshake, the attempt).
    /// </summary>
    private void HandleServerError(ServerSocket socket, string message)
    {
        const string SubscriptionViolation = "Permissions Violation for Subscription to";
        const string PublishViolation = "Permissions Violation for Publish to";
        if (message.StartsWith(SubscriptionViolation, StringComparison.OrdinalIgnoreCase))
        {
            NatsLog.PermissionViolation(_logger, message);
            var subject = QuotedSubject(message);
            foreach (var subscription in _subscriptions.Values)
            {
                if (subscription.Subject == subject && _subscriptions.TryRemove(subscription.Sid, out _))
                {
                    subscription.Fault(new NatsPermissionException(subject, message));
                }
            }

            return;
        }

        if (message.StartsWith(PublishViolation, StringComparison.OrdinalIgnoreCase))
        {
            NatsLog.PermissionViolation(_logger, message);
            var subject = QuotedSubject(message);
            foreach (var pending in _pendingRequests.Values)
            {
                if (pending.Subject == subject)
                {
                    pending.Fail(new NatsPermissionException(subject, message));
                }
            }

            return;
        }

        if (message.StartsWith("Invalid Subject", StringComparison.OrdinalIgnoreCase))
        {
            NatsLog.PermissionViolation(_logger, message);
            return;
        }

        NatsLog.ServerError(_logger, socket.Server.ToString(), message);
        if (message.Contains("Authorization", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Authentication", StringComparison.OrdinalIgnoreCase))
        {
            throw new NatsAuthorizationException(socket.Server.ToString(), message);
        }

        throw new NatsServerErrorException(message);
    }

    private static string QuotedSubject(string message)
    {
        var open = message.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('"', open + 1);
        return close < 0 ? string.Empty : message[(open + 1)..close];
    }

    private async Task WriteLoopAsync(ServerSocket socket)
    {
        Exception? failure = null;
        try
        {
            while (true)
            {
                OutboundBuffer batch;
                lock (_writeLock)
                {
                    batch = _queued;
                    _queued = _sending;
                    _sending = batch;
                    ReleaseWriterDrainedLocked();
                }

                try
                {
                    if (batch.Length > 0)
                    {
                        await socket.Stream.WriteAsync(batch.WrittenMemory, socket.Token).ConfigureAwait(false);
                        await socket.Stream.FlushAsync(socket.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    batch.Reset();
                }

                await _writerSignal.WaitAsync().ConfigureAwait(false);
                socket.Token.ThrowIfCancellationRequested();
            }
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        OnSocketFailed(socket, failure);
    }

    private async Task PingLoopAsync(ServerSocket socket)
    {
        using var timer = new PeriodicTimer(_options.PingInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(socket.Token).ConfigureAwait(false))
            {
                var outstanding = Interlocked.Increment(ref socket.PingsOutstanding);
                if (outstanding > _options.MaxPingsOutstanding)
                {
                    NatsLog.StaleConnection(_logger, socket.Server.ToString(), outstanding - 1);
                    OnSocketFailed(socket, new NatsServerErrorException($"{outstanding - 1} pings unanswered (stale connection)"));
                    return;
                }

                lock (_writeLock)
                {
                    if (_closed || !ReferenceEquals(_socket, socket))
                    {
                        return;
                    }

                    socket.PongWaiters.Enqueue(null);
                    NatsProtocolWriter.WritePing(_queued);
                }

                _writerSignal.Signal();
            }
        }
        catch (OperationCanceledException) when (socket.Token.IsCancellationRequested)
        {
            // The socket was replaced or closed.
        }
    }

    private void OnSocketFailed(ServerSocket socket, Exception? reason)
    {
        bool current;
        lock (_stateLock)
        {
            socket.Failed = true;
            current = ReferenceEquals(_socket, socket);
        }

        if (!current)
        {
            // Still in the handshake (or already replaced): the connecting code reports it.
            socket.Handshake.TrySetResult(reason ?? new IOException($"NATS: {socket.Server} closed the connection."));
            socket.Abort();
            return;
        }

        lock (_stateLock)
        {
            if (!ReferenceEquals(_socket, socket))
            {
                return;
            }

            _socket = null;
            _connected = false;

            // Logged before anyone waiting for the state is released, so the log tells the order of events.
            NatsLog.Disconnected(_logger, socket.Server.ToString(), _pendingRequests.Count, reason);
            SignalStateChangedLocked();
            if (!_closed)
            {
                var previous = _reconnectTask;
                _reconnectTask = Task.Run(
                    async () =>
                    {
                        await previous.ConfigureAwait(false);
                        await ReconnectLoopAsync(socket, socket.Server).ConfigureAwait(false);
                    },
                    CancellationToken.None);
            }
        }

        socket.Abort();
        FailPendingRequests(subject => new ConnectionLostException(subject, reason));
        lock (_writeLock)
        {
            ReleaseWriterDrainedLocked();
        }
    }

    /// <summary>Tries the known servers, starting after <paramref name="lastTried"/>, until one takes or attempts run out.</summary>
    private async Task ReconnectLoopAsync(ServerSocket? lost, NatsServerAddress lastTried)
    {
        if (lost is not null)
        {
            await lost.StopAsync().ConfigureAwait(false);
        }

        var token = _disposeCts.Token;
        var attempts = 0;
        var round = 0;
        while (!token.IsCancellationRequested)
        {
            foreach (var server in ServersStartingAfter(lastTried))
            {
                if (_options.MaxReconnectAttempts >= 0 && attempts >= _options.MaxReconnectAttempts)
                {
                    GiveUp(attempts);
                    return;
                }

                attempts++;
                lastTried = server;
                try
                {
                    var socket = await EstablishAsync(server, token).ConfigureAwait(false);
                    if (Install(socket, attempts))
                    {
                        return;
                    }

                    await socket.StopAsync().ConfigureAwait(false);
                }
                catch (Exception) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    NatsLog.ReconnectAttemptFailed(_logger, attempts, server.ToString(), ex);
                }
            }

            round++;
            try
            {
                await Task.Delay(ReconnectDelay(round), token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private List<NatsServerAddress> ServersStartingAfter(NatsServerAddress lost)
    {
        lock (_servers)
        {
            var index = _servers.FindIndex(s => s.SameEndpoint(lost));
            return [.. _servers.Skip(index + 1), .. _servers.Take(index + 1)];
        }
    }

    private TimeSpan ReconnectDelay(int round)
    {
        var wait = _options.ReconnectWait * Math.Pow(2, Math.Min(round - 1, 16));
        if (wait > _options.ReconnectWaitMax)
        {
            wait = _options.ReconnectWaitMax;
        }

        var jitterTicks = _options.ReconnectJitter.Ticks;
        return wait + TimeSpan.FromTicks(jitterTicks > 0 ? Random.Shared.NextInt64(jitterTicks + 1) : 0);
    }

    private void GiveUp(int attempts)
    {
        // Logged before the state changes, so whoever waits for the close also finds it in the log.
        NatsLog.ReconnectGaveUp(_logger, attempts);
        lock (_stateLock)
        {
            _closed = true;
            _connected = false;
            SignalStateChangedLocked();
        }

        FailPendingRequests(subject => new ConnectionLostException(subject, new NatsConnectionException("NATS: gave up reconnecting.")));
        foreach (var subscription in _subscriptions.Values)
        {
            subscription.Complete();
        }
    }

    private void FailPendingRequests(Func<string, Exception> error)
    {
        foreach (var pending in _pendingRequests.Values)
        {
            pending.Fail(error(pending.Subject));
        }
    }

    private void EnsureReplyMux(string prefix)
    {
        if (_replyMuxes.ContainsKey(prefix))
        {
            return;
        }

        lock (_muxLock)
        {
            if (_replyMuxes.ContainsKey(prefix))
            {
                return;
            }

            var mux = new ReplyMuxSubscription(NextSid(), prefix, RouteReply, FailRepliesWithPrefix);
            _subscriptions[mux.Sid] = mux;
            _replyMuxes[prefix] = mux;
            QueueControl(writer => NatsProtocolWriter.WriteSubscribe(writer, mux.Subject, null, mux.Sid));
        }
    }

    /// <summary>Queues a publish; returns a task to wait on instead when the writer is too far behind.</summary>
    private Task? TryQueuePublish(string subject, string? replyTo, NatsHeaders? headers, int headersLength, ReadOnlySpan<byte> payload, bool writeOnCallerThread)
    {
        lock (_writeLock)
        {
            ThrowIfClosed();
            if (_connected && _queued.Length >= WriterHighWaterBytes)
            {
                _writerDrained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _writerDrained.Task;
            }

            var before = _queued.Length;
            NatsProtocolWriter.WritePublish(_queued, subject, replyTo, headers, headersLength, payload);
            if (!_connected && _queued.Length > _options.ReconnectBufferBytes)
            {
                _queued.Truncate(before);
                throw new NatsReconnectBufferFullException(subject, _options.ReconnectBufferBytes);
            }
        }

        _writerSignal.Signal(writeOnCallerThread);
        return null;
    }

    private async ValueTask PublishAfterBackPressureAsync(
        Task writerDrained,
        string subject,
        string? replyTo,
        NatsHeaders? headers,
        int headersLength,
        ReadOnlyMemory<byte> payload,
        CancellationToken cancellationToken)
    {
        var wait = writerDrained;
        while (wait is not null)
        {
            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
            wait = TryQueuePublish(subject, replyTo, headers, headersLength, payload.Span, writeOnCallerThread: false);
        }
    }

    /// <summary>Queues a control frame (SUB, UNSUB, PONG); kept while disconnected and sent after the handshake.</summary>
    private void QueueControl(Action<IBufferWriter<byte>> write, bool throwIfClosed = true)
    {
        lock (_writeLock)
        {
            if (_closed)
            {
                if (throwIfClosed)
                {
                    ThrowIfClosed();
                }

                return;
            }

            write(_queued);
        }

        _writerSignal.Signal();
    }

    private void SignalStateChangedLocked()
    {
        var changed = _stateChanged;
        _stateChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private void ReleaseWriterDrainedLocked()
    {
        if (_writerDrained is { } drained)
        {
            _writerDrained = null;
            drained.TrySetResult();
        }
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposeStarted) != 0, this);
            throw new NatsConnectionException("NATS: the connection is closed (reconnect attempts exhausted).");
        }
    }

    private long NextSid() => Interlocked.Increment(ref _lastSid);

    private static string RandomToken()
    {
        const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        return RandomNumberGenerator.GetString(Alphabet, 22);
    }

    private static void ValidateOptions(NatsClientOptions options)
    {
        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ConnectTimeout must be positive.");
        }

        if (options.PingInterval <= TimeSpan.Zero || options.MaxPingsOutstanding < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PingInterval must be positive and MaxPingsOutstanding at least 1.");
        }

        if (options.SubscriptionCapacity < 1 || options.ReconnectBufferBytes < 0 || options.MaxReconnectAttempts < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "SubscriptionCapacity must be at least 1, ReconnectBufferBytes at least 0 and MaxReconnectAttempts at least -1.");
        }

        if (options.ReconnectWait < TimeSpan.Zero || options.ReconnectWaitMax < options.ReconnectWait || options.ReconnectJitter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Reconnect waits must be non-negative with ReconnectWaitMax at least ReconnectWait.");
        }
    }
}
