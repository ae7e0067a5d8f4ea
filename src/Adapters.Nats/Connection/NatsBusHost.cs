using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Transport;

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
    private NatsConnection? connection;

    public bool IsConnected => Volatile.Read(ref connection)?.IsConnected ?? false;

    private NatsConnection Connection =>
        Volatile.Read(ref connection)
        ?? throw new InvalidOperationException("The NATS connection opens when the host starts; it is not open yet.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var servers = NatsServerAddress.Redact(settings.Url);
        NatsConnection opened;
        try
        {
            opened = await NatsConnection.ConnectAsync(
                new NatsClientOptions
                {
                    Url = settings.Url,
                    Name = "portal-" + settings.InstanceId,
                    RequestTimeout = settings.RequestTimeout,
                    Logger = loggerFactory.CreateLogger<NatsConnection>(),
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (MessageBusException exception)
        {
            LogUnreachable(logger, servers, exception);
            throw new InvalidOperationException(
                $"NATS is required: Portal could not connect to {servers} ({NatsAdapterOptions.UrlKey}) and exits. {exception.Message}",
                exception);
        }

        if (Interlocked.CompareExchange(ref connection, opened, null) is not null)
        {
            await opened.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException("The NATS connection was already opened.");
        }

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
        Connection.RequestAsync(subject, replySubject, payload, timeout, cancellationToken);

    public ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        Connection.PublishAsync(subject, payload, cancellationToken);

    public IAsyncEnumerable<BusMessage> SubscribeAsync(string subject, CancellationToken cancellationToken) =>
        Connection.SubscribeAsync(subject, cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken) => Connection.FlushAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref connection, null) is { } open)
        {
            await open.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "NATS is required and none of {Servers} is reachable; Portal exits.")]
    private static partial void LogUnreachable(ILogger logger, string servers, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to NATS at {Servers} as instance {InstanceId}.")]
    private static partial void LogConnected(ILogger logger, string servers, string instanceId);
}
