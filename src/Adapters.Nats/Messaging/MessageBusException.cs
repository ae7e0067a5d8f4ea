namespace Portal.Adapters.Nats.Messaging;

/// <summary>Base of the failures <see cref="IMessageBus"/> reports; the port implementations map each to an application error.</summary>
public abstract class MessageBusException : Exception
{
    protected MessageBusException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
