using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>The server refused one publish or subscription for lack of permission; the connection stays up.</summary>
public sealed class NatsPermissionException : MessageBusException
{
    public NatsPermissionException(string subject, string serverMessage)
        : base($"NATS: permission denied on '{subject}' ({serverMessage}).")
    {
        Subject = subject;
        ServerMessage = serverMessage;
    }

    public string Subject { get; }

    public string ServerMessage { get; }
}
