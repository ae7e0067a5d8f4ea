using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Connection;

/// <summary>A request waiting for the first message on its reply subject.</summary>
internal sealed class PendingReply(string subject)
    : TaskCompletionSource<BusMessage>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    /// <summary>The subject the request was published to, named by its failures.</summary>
    public string Subject { get; } = subject;
}
