using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Load;

/// <summary>
/// One page to load: its name in the report, its address, the body length every good answer has, the CPU time the
/// process serving it has used so far, and the runtime counters so far of that process and of the demo backend behind it.
/// </summary>
internal sealed record LoadTarget(
    string Name,
    Uri Address,
    long ExpectedLength,
    Func<TimeSpan> ServerProcessorTime,
    Func<CancellationToken, Task<RuntimeCounters>> ServerCounters,
    Func<CancellationToken, Task<RuntimeCounters>> BackendCounters);
