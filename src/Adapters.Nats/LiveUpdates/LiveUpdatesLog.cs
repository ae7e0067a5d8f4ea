using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Nats.LiveUpdates;

/// <summary>The live-update feed's log events; payloads are never logged, they hold patient data.</summary>
internal static partial class LiveUpdatesLog
{
    [LoggerMessage(EventId = 4220, Level = LogLevel.Warning, Message = "Dropped {Dropped} broadcasts Portal cannot read since the last such line, of every tenant; the latest on {Subject} ({Failure}).")]
    public static partial void BroadcastsDropped(ILogger logger, string subject, string failure, long dropped);

    [LoggerMessage(EventId = 4221, Level = LogLevel.Warning, Message = "{Count} live-update watchers of tenant {TenantId} fell behind by {Capacity} events and began to lose their oldest ones.")]
    public static partial void WatchersFellBehind(ILogger logger, string tenantId, int count, int capacity);

    [LoggerMessage(EventId = 4222, Level = LogLevel.Error, Message = "The live-update subscription of tenant {TenantId} ended unexpectedly; its watchers were stopped.")]
    public static partial void SubscriptionEnded(ILogger logger, string tenantId, Exception? exception);

    [LoggerMessage(EventId = 4223, Level = LogLevel.Information, Message = "The live-update subscription of tenant {TenantId} is live again after a NATS outage; its watchers were told they may have missed changes.")]
    public static partial void SubscriptionResumed(ILogger logger, string tenantId);
}
