namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>The <c>portal</c> value of every request and of a token issued for this portal.</summary>
internal static class PortalName
{
    public const string Customer = "customer";
}
