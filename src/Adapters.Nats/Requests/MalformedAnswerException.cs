namespace Portal.Adapters.Nats.Requests;

/// <summary>An answer parsed as JSON but lacks what the contract promises; reported as a malformed answer, never shown.</summary>
internal sealed class MalformedAnswerException : Exception
{
    public MalformedAnswerException(string message)
        : base(message)
    {
    }
}
