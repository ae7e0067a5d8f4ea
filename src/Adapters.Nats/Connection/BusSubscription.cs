using NATS.Client.Core;

namespace Portal.Adapters.Nats.Connection;

/// <summary>A subscription of <see cref="NatsMessageBus.SubscribeAsync"/> and the error that ended it, if the server refused it.</summary>
internal sealed class BusSubscription(INatsSub<byte[]> subscription)
{
    private Exception? fault;

    public INatsSub<byte[]> Inner { get; } = subscription;

    public Exception? Fault => Volatile.Read(ref fault);

    /// <summary>Ends the subscription with <paramref name="error"/>, which its reader then throws.</summary>
    public ValueTask FailAsync(Exception error)
    {
        Interlocked.CompareExchange(ref fault, error, null);
        return Inner.UnsubscribeAsync();
    }
}
