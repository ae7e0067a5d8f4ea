using System.Diagnostics;

namespace Portal.Adapters.Nats.Messaging;

/// <summary>A received message. <see cref="Payload"/> is owned by the message: it stays valid after the bus reads on.</summary>
public sealed record BusMessage(string Subject, string? ReplyTo, ReadOnlyMemory<byte> Payload)
{
    /// <summary>
    /// The span context the sender carried in the message's <c>traceparent</c> header (default when none), for a span
    /// that continues the sender's trace.
    /// </summary>
    public ActivityContext TraceContext { get; init; }
}
