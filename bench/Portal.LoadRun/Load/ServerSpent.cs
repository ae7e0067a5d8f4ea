using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Load;

/// <summary>
/// What the serving process spent over a measured interval (CPU time, bytes allocated, methods JIT-compiled), and the
/// CPU time of the whole machine meanwhile (null where it cannot be read).
/// </summary>
internal readonly record struct ServerSpent(TimeSpan Cpu, RuntimeCounters Counters, TimeSpan? MachineCpu);
