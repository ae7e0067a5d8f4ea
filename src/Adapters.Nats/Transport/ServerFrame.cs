namespace Portal.Adapters.Nats.Transport;

/// <summary>One parsed server frame: a message (with the subscription id it is for) or a control line's text.</summary>
internal readonly record struct ServerFrame(ServerOperation Operation, long Sid = 0, NatsMessage? Message = null, string? Text = null);
