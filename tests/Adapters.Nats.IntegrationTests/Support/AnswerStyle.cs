namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>How a test service answers: as the seed's services do, by NATS request-reply, or not at all.</summary>
public enum AnswerStyle
{
    /// <summary>Publishes to <c>customer.&lt;area&gt;.response.&lt;clientId&gt;</c> built from the body; ignores the reply subject.</summary>
    SeedStyle,

    /// <summary>Answers on the message's reply subject.</summary>
    RequestReply,

    /// <summary>Takes the request and never answers.</summary>
    Silent,
}
