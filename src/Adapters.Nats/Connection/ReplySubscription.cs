using System.Buffers;
using NATS.Client.Core;

namespace Portal.Adapters.Nats.Connection;

/// <summary>
/// The one wildcard subscription (<c>prefix.*</c>) that receives the replies of every request with that reply prefix.
/// It hands each message to <paramref name="route"/> on the connection's reading thread instead of queueing it in a
/// channel: a reply only completes a waiting task, so it never holds the reader up, and requests save a hop. The message
/// is handed on in the connection's read buffers, so the bus copies only what a waiting request takes. A no-responders
/// status (503) reaches it too, because <see cref="NatsSubOpts.ThrowIfNoResponders"/> is off.
/// </summary>
internal sealed class ReplySubscription(NatsConnection connection, string prefix, ReplyRoute route)
    : NatsSubBase(connection, connection.SubscriptionManager, prefix + ".*", queueGroup: null, Options)
{
    private static readonly NatsSubOpts Options = new() { ThrowIfNoResponders = false };

    private string? refusal;

    public string Prefix { get; } = prefix;

    /// <summary>The server's refusal of this subscription, once it came; requests listed after the bus failed the listed ones read it here.</summary>
    public string? Refusal => Volatile.Read(ref refusal);

    /// <summary>Records the refusal with a full fence, so that a request listed after it is either failed by the bus or sees it.</summary>
    public void Refuse(string error) => Interlocked.CompareExchange(ref refusal, error, null);

    protected override ValueTask ReceiveInternalAsync(
        string subject, string? replyTo, ReadOnlySequence<byte>? headersBuffer, ReadOnlySequence<byte> payloadBuffer)
    {
        route(subject, replyTo, headersBuffer, payloadBuffer);
        return ValueTask.CompletedTask;
    }

    protected override void TryComplete()
    {
    }
}
