using Portal.Chaos.Hosting;

namespace Portal.Chaos;

/// <summary>One fault: what is done to the stack when it starts, and what brings the part back when it ends.</summary>
internal sealed record Scenario(string Name, string Fault, Func<ChaosStack, CancellationToken, Task> Break, Func<ChaosStack, CancellationToken, Task> Restore)
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("nats-kill", "nats-server killed (SIGKILL), started again on its port",
            (stack, _) => stack.Nats.KillAsync(), (stack, stop) => stack.RestartNatsAsync(stop)),
        new("nats-hang", "nats-server frozen (SIGSTOP), then thawed (SIGCONT)",
            (stack, _) => stack.Nats.FreezeAsync(), (stack, _) => stack.Nats.ThawAsync()),
        new("htpi-hang", "the HTPI services frozen (SIGSTOP), then thawed (SIGCONT)",
            (stack, _) => stack.Htpi.FreezeAsync(), (stack, _) => stack.Htpi.ThawAsync()),
        new("platform-hang", "the Platform API frozen (SIGSTOP), then thawed (SIGCONT)",
            (stack, _) => stack.Platform.FreezeAsync(), (stack, _) => stack.Platform.ThawAsync()),
        new("platform-kill", "the Platform API killed (SIGKILL), started again on its port",
            (stack, _) => stack.Platform.KillAsync(), (stack, stop) => stack.RestartPlatformAsync(stop)),
    ];
}
