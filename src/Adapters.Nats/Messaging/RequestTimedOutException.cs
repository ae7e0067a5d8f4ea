namespace Portal.Adapters.Nats.Messaging;

/// <summary>No reply arrived within the request's timeout.</summary>
public sealed class RequestTimedOutException : MessageBusException
{
    public RequestTimedOutException(string subject, Exception? innerException = null)
        : base($"NATS: no reply on '{subject}' within the timeout.", innerException)
    {
        Subject = subject;
    }

    public string Subject { get; }
}
