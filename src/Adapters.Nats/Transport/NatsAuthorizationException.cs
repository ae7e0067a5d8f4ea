using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>The server refused the credentials (<c>-ERR 'Authorization Violation'</c>).</summary>
public sealed class NatsAuthorizationException : MessageBusException
{
    public NatsAuthorizationException(string server, string serverMessage)
        : base($"NATS: {server} refused the credentials ({serverMessage}).")
    {
        Server = server;
        ServerMessage = serverMessage;
    }

    public string Server { get; }

    public string ServerMessage { get; }
}
