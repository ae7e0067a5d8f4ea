namespace Portal.Adapters.Nats.Connection;

/// <summary>
/// No server of <c>NATS_URL</c> could be reached at start, or it refused Portal's credentials. Like an invalid setting,
/// it stops the process; the message names the servers (credentials redacted) and says what failed, in one line.
/// </summary>
internal sealed class NatsUnreachableException : Exception
{
    public NatsUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
