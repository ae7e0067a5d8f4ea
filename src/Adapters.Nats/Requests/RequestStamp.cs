namespace Portal.Adapters.Nats.Requests;

/// <summary>
/// The fields every request carries besides its own: who sent it (<see cref="ClientId"/>), which request it is, when,
/// and where its answer goes (<see cref="ResponseChannel"/>, also the NATS reply subject).
/// </summary>
internal sealed record RequestStamp(string ClientId, string RequestId, string Timestamp, string ResponseChannel);
