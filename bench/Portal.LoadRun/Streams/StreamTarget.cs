using Portal.LoadRun.Hosting;

namespace Portal.LoadRun.Streams;

/// <summary>
/// What the live-stream run opens its streams against: one Portal directly, or three instances behind HAProxy
/// (<c>--cluster</c>), with the NATS server it publishes its broadcasts on and the processes whose RSS it reads.
/// </summary>
internal sealed record StreamTarget(Uri Entry, string NatsUrl, IReadOnlyList<ChildProcess> Portals, Haproxy? Balancer)
{
    public string Describe() => Balancer is null
        ? $"Portal (pid {Portals[0].Id}) on {Entry}"
        : $"HAProxy (pid {Balancer.Process.Id}) on {Entry} in front of {string.Join(", ", Portals.Select(portal => $"{portal.Name} (pid {portal.Id})"))}";
}
