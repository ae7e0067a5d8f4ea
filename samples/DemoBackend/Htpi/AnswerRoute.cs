namespace Portal.Demo.Backend.Htpi;

/// <summary>Where an HTPI service sends its answer (htpi-nats-contract.md, "How the public HTPI services really behave").</summary>
internal enum AnswerRoute
{
    /// <summary>
    /// A public service's seed-style answer: published to <c>&lt;portal&gt;.&lt;area&gt;.response.&lt;clientId&gt;</c>,
    /// ignoring the reply subject and <c>responseChannel</c>; nothing is sent without a clientId.
    /// </summary>
    ClientSubject,

    /// <summary>A public service's request-reply answer: only on the message's reply subject; nothing is sent without one.</summary>
    ReplySubject,

    /// <summary>This project's own services (patients, insurance, claims): to <c>responseChannel</c>, else the client subject, else the reply subject.</summary>
    SeedStyle,

    /// <summary>This project's own services: to the reply subject, else <c>responseChannel</c> or the client subject.</summary>
    RequestReply,
}
