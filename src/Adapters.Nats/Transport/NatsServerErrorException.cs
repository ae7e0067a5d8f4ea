using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>The server reported an error (<c>-ERR</c>) that ends the connection, such as a stale connection.</summary>
public sealed class NatsServerErrorException : MessageBusException
{
    public NatsServerErrorException(string serverMessage, Exception? innerException = null)
        : base($"NATS: the server closed the connection: {serverMessage}.", innerException)
    {
        ServerMessage = serverMessage;
    }

    public string ServerMessage { get; }
}
