namespace Portal.Demo.Backend;

/// <summary>Which backends the demo plays: the HTPI services over NATS, the Platform API over HTTP, or both.</summary>
public enum DemoServe
{
    Both,
    Htpi,
    Platform,
}
