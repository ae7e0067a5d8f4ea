namespace Portal.Demo.Backend.Htpi;

/// <summary>The two ways an HTPI service answers (htpi-nats-contract.md); the demo uses both so Portal exercises both.</summary>
internal enum AnswerStyle
{
    /// <summary>Publish to <c>responseChannel</c>, else to <c>customer.&lt;area&gt;.response.&lt;clientId&gt;</c>; the reply subject is ignored.</summary>
    SeedStyle,

    /// <summary>Publish to the message's reply subject (NATS request-reply).</summary>
    RequestReply,
}
