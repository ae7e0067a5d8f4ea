namespace Portal.Adapters.Nats.Messaging;

/// <summary>No service subscribes to the subject of a request (NATS status 503).</summary>
public sealed class NoRespondersException : MessageBusException
{
    public NoRespondersException(string subject, Exception? innerException = null)
        : base($"NATS: no responders for '{subject}'.", innerException)
    {
        Subject = subject;
    }

    public string Subject { get; }
}
