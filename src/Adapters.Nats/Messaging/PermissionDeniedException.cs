namespace Portal.Adapters.Nats.Messaging;

/// <summary>The server refused this connection a publish or a subscription on <see cref="Subject"/>; the connection stays up.</summary>
public sealed class PermissionDeniedException : MessageBusException
{
    public PermissionDeniedException(string subject, string serverMessage)
        : base($"NATS: permission denied for '{subject}': {serverMessage}")
    {
        Subject = subject;
    }

    public string Subject { get; }
}
