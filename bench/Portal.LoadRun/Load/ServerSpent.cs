using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Load;

/// <summary>What the serving process spent over a measured interval: CPU time, bytes allocated and methods JIT-compiled.</summary>
internal readonly record struct ServerSpent(TimeSpan Cpu, RuntimeCounters Counters);
