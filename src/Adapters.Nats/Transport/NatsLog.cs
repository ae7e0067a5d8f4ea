using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>The transport's log events: constant, structured templates.</summary>
internal static partial class NatsLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "NATS connected to {Server} (server {ServerId}, version {ServerVersion})")]
    public static partial void Connected(ILogger logger, string server, string? serverId, string? serverVersion);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "NATS disconnected from {Server}; failing {PendingRequests} in-flight requests; reconnecting")]
    public static partial void Disconnected(ILogger logger, string server, int pendingRequests, Exception? reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "NATS reconnected to {Server} after {Attempts} attempts; {Subscriptions} subscriptions restored")]
    public static partial void Reconnected(ILogger logger, string server, int attempts, int subscriptions);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "NATS reconnect attempt {Attempt} to {Server} failed")]
    public static partial void ReconnectAttemptFailed(ILogger logger, int attempt, string server, Exception error);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "NATS gave up reconnecting after {Attempts} attempts; the connection is closed")]
    public static partial void ReconnectGaveUp(ILogger logger, int attempts);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "NATS slow consumer: subscription {Sid} on {Subject} is full ({Capacity} messages); dropping until it catches up ({Dropped} dropped so far)")]
    public static partial void SlowConsumer(ILogger logger, long sid, string subject, int capacity, long dropped);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "NATS server refused an operation: {ServerMessage}")]
    public static partial void PermissionViolation(ILogger logger, string serverMessage);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "NATS server error from {Server}: {ServerMessage}")]
    public static partial void ServerError(ILogger logger, string server, string serverMessage);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "NATS connection to {Servers} closed")]
    public static partial void Closed(ILogger logger, string servers);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "NATS could not connect to {Servers} at start; retrying in the background")]
    public static partial void InitialConnectFailed(ILogger logger, string servers, Exception error);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "NATS connection to {Server} is stale: {Outstanding} pings unanswered")]
    public static partial void StaleConnection(ILogger logger, string server, int outstanding);
}
