namespace Portal.Adapters.Nats.Messaging;

/// <summary>The connection dropped while a request was in flight; it fails at once rather than at its timeout.</summary>
public sealed class ConnectionLostException : MessageBusException
{
    public ConnectionLostException(string subject, Exception? innerException = null)
        : base($"NATS: connection lost while requesting '{subject}'.", innerException)
    {
        Subject = subject;
    }

    public string Subject { get; }
}
