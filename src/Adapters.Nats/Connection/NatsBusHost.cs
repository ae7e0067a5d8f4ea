using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Connection;

/// <summary>
/// The process's one NATS connection as the <see cref="IMessageBus"/> every port uses. It opens when the host starts
/// and the start fails when no server of <c>NATS_URL</c> answers: Portal cannot serve a page without NATS, so it exits
/// instead of running half alive. Resolving it before the start is fine; using it before the start is a programming error.
/// </summary>
internal sealed partial class NatsBusHost(IOptions<NatsAdapterOptions> options, ILoggerFactory loggerFactory)
    : IMessageBus, IHostedService
{
    private readonly NatsAdapterOptions settings = options.Value;
    private readonly ILogger logger = loggerFactory.CreateLogger<NatsBusHost>();
    private NatsMessageBus? bus;

    public event EventHandler? ConnectionLost;

    public event EventHandler? ConnectionRestored;

    public bool IsConnected => Volatile.Read(ref bus)?.IsConnected ?? false;

    /// <summary>Messages dropped because a subscription's reader fell behind; 0 before the connection opened.</summary>
    public long DroppedMessages => Volatile.Read(ref bus)?.DroppedMessages ?? 0;

    /// <summary>Times the connection dropped.</summary>
    public int ConnectionLosses => Volatile.Read(ref bus)?.ConnectionLosses ?? 0;

    /// <summary>Times the connection came back with every subscription.</summary>
    public int Restorations => Volatile.Read(ref bus)?.Restorations ?? 0;

    private NatsMessageBus Bus =>
        Volatile.Read(ref bus)
        ?? throw new InvalidOperationException("The NATS connection opens when the host starts; it is not open yet.");

    /// <exception cref="NatsUnreachableException">No server of <c>NATS_URL</c> could be reached or it refused Portal.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref bus) is not null)
        {
            // Opened before the host started (ConnectNatsAsync).
            return;
        }

        var servers = NatsServerAddress.Redact(settings.Url);
        NatsMessageBus opened;
        try
        {
            opened = await NatsMessageBus.ConnectAsync(NatsConnectionOptions.From(settings, loggerFactory), cancellationToken).ConfigureAwait(false);
        }
        catch (NotConnectedException exception)
        {
            throw new NatsUnreachableException(
                $"NATS is required: Portal could not connect to {servers} ({NatsAdapterOptions.UrlKey}). {exception.InnerException?.Message ?? exception.Message}",
                exception);
        }

        if (Interlocked.CompareExchange(ref bus, opened, null) is not null)
        {
            await opened.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException("The NATS connection was already opened.");
        }

        opened.ConnectionLost += (_, args) => ConnectionLost?.Invoke(this, args);
        opened.ConnectionRestored += (_, args) => ConnectionRestored?.Invoke(this, args);
        LogConnected(logger, servers, settings.InstanceId);
    }

    /// <summary>The connection stays open until the container disposes it, so requests of other stopping services still work.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<BusMessage> RequestAsync(
        string subject,
        string replySubject,
        ReadOnlyMemory<byte> payload,
        TimeSpan timeout,
        CancellationToken cancellationToken) =>
        Bus.RequestAsync(subject, replySubject, payload, timeout, cancellationToken);

    public ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        Bus.PublishAsync(subject, payload, cancellationToken);

    public IAsyncEnumerable<BusMessage> SubscribeAsync(string subject, Action? subscribed, CancellationToken cancellationToken) =>
        Bus.SubscribeAsync(subject, subscribed, cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken) => Bus.FlushAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref bus, null) is { } open)
        {
            await open.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 4215, Level = LogLevel.Information, Message = "Connected to NATS at {Servers} as instance {InstanceId}.")]
    private static partial void LogConnected(ILogger logger, string servers, string instanceId);
}
