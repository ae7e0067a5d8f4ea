namespace Portal.Demo.Backend.Data;

/// <summary>The Platform server a service runs on.</summary>
internal sealed record DemoServer(int Id, string Name, string Hostname, string ServerType, string PrimaryIp, string Location, string Datacenter);
