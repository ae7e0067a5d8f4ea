using System.Buffers;
using System.Diagnostics;

namespace Portal.Adapters.Nats.Messaging;

/// <summary>
/// A received message. <see cref="Payload"/> is owned by the message: it stays valid after the bus reads on, until the
/// message is disposed. A request's reply lends its payload from a pool (an answer is read once, right after it came):
/// <see cref="Dispose"/> clears it and gives it back, after which the payload must not be read. A message that is never
/// disposed keeps its payload, as a subscription's messages do.
/// </summary>
public sealed record BusMessage(string Subject, string? ReplyTo, ReadOnlyMemory<byte> Payload) : IDisposable
{
    private byte[]? lent;

    /// <summary>
    /// The span context the sender carried in the message's <c>traceparent</c> header (default when none), for a span
    /// that continues the sender's trace.
    /// </summary>
    public ActivityContext TraceContext { get; init; }

    /// <summary>Gives a lent payload back to the pool, cleared: an answer may hold a patient's data.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref lent, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>A copy of <paramref name="payload"/> (the connection's read buffer) in a pooled array.</summary>
    internal static BusMessage Lending(string subject, string? replyTo, in ReadOnlySequence<byte> payload)
    {
        var length = checked((int)payload.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        payload.CopyTo(buffer);
        return new BusMessage(subject, replyTo, buffer.AsMemory(0, length)) { lent = buffer };
    }
}
