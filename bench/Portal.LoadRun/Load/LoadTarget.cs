using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Load;

/// <summary>
/// One page to load: its name in the report, its address, the Portal whose sign-in its clients send (the bare endpoint
/// takes Portal's), the body length every good answer has, the CPU time the
/// process serving it and the backends behind it (demo backend and nats-server) have used so far, and the runtime counters
/// so far of that process and of the demo backend.
/// </summary>
internal sealed record LoadTarget(
    string Name,
    Uri Address,
    Uri SignInAt,
    long ExpectedLength,
    Func<TimeSpan> ServerProcessorTime,
    Func<TimeSpan> BackendsProcessorTime,
    Func<CancellationToken, Task<RuntimeCounters>> ServerCounters,
    Func<CancellationToken, Task<RuntimeCounters>> BackendCounters);
