namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// The one wildcard subscription (<c>prefix.*</c>) that receives the replies of every request with that reply prefix;
/// each reply goes to the request waiting on its full subject.
/// </summary>
internal sealed class ReplyMuxSubscription(long sid, string prefix, Action<NatsMessage> routeReply, Action<string, Exception> failPrefix)
    : SubscriptionEntry(sid, prefix + ".*", null)
{
    public string Prefix { get; } = prefix;

    public override bool Deliver(NatsMessage message)
    {
        routeReply(message);
        return true;
    }

    public override void Fault(Exception error) => failPrefix(Prefix, error);

    public override void Complete()
    {
    }
}
