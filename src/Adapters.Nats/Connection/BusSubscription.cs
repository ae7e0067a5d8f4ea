using NATS.Client.Core;

namespace Portal.Adapters.Nats.Connection;

/// <summary>
/// A subscription of <see cref="NatsMessageBus.SubscribeAsync"/> and the error that ended it, if the server refused it.
/// The bus lists it before its SUB goes out, so a refusal handled before the library's subscription is attached still
/// finds it: whichever of <see cref="Attach"/> and <see cref="FailAsync"/> comes second unsubscribes.
/// </summary>
internal sealed class BusSubscription
{
    private Exception? fault;
    private INatsSub<byte[]>? inner;

    /// <summary>The library's subscription; only read once <see cref="Attach"/> returned.</summary>
    public INatsSub<byte[]> Inner => Volatile.Read(ref inner) ?? throw new InvalidOperationException("The subscription is not attached yet.");

    public Exception? Fault => Volatile.Read(ref fault);

    /// <summary>Attaches the library's subscription once its SUB is out; one already refused is ended at once.</summary>
    public ValueTask Attach(INatsSub<byte[]> subscription)
    {
        Interlocked.Exchange(ref inner, subscription);
        return Fault is null ? ValueTask.CompletedTask : subscription.UnsubscribeAsync();
    }

    /// <summary>Ends the subscription with <paramref name="error"/>, which its reader then throws.</summary>
    public ValueTask FailAsync(Exception error)
    {
        Interlocked.CompareExchange(ref fault, error, null);
        return Volatile.Read(ref inner) is { } attached ? attached.UnsubscribeAsync() : ValueTask.CompletedTask;
    }
}
