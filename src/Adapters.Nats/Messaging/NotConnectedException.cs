namespace Portal.Adapters.Nats.Messaging;

/// <summary>The bus has no live connection for an operation that needs one now (a flush, or the connection at start).</summary>
public sealed class NotConnectedException : MessageBusException
{
    public NotConnectedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
