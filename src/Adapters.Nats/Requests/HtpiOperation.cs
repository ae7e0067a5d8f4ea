namespace Portal.Adapters.Nats.Requests;

/// <summary>
/// One request subject of the contract, the area that answers it, and the thing a "not found" answer of it is about
/// (the word <c>NotFoundException</c> reports, for example "patient").
/// </summary>
internal sealed record HtpiOperation(HtpiArea Area, string Subject, string Thing);
