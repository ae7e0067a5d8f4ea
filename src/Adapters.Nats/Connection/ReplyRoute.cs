using System.Buffers;

namespace Portal.Adapters.Nats.Connection;

/// <summary>Hands a message of a <see cref="ReplySubscription"/> on, still in the connection's read buffers.</summary>
internal delegate void ReplyRoute(string subject, string? replyTo, in ReadOnlySequence<byte>? headers, in ReadOnlySequence<byte> payload);
