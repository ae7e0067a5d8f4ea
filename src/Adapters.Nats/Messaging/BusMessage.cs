namespace Portal.Adapters.Nats.Messaging;

/// <summary>A received message. <see cref="Payload"/> is owned by the message: it stays valid after the bus reads on.</summary>
public sealed record BusMessage(string Subject, string? ReplyTo, ReadOnlyMemory<byte> Payload);
