namespace Portal.Adapters.Nats.Transport;

/// <summary>The kinds of protocol frame a server sends.</summary>
internal enum ServerOperation
{
    Info,
    Msg,
    Ping,
    Pong,
    Ok,
    Err,
}
