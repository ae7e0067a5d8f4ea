using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Load;

/// <summary>
/// What the serving process spent over a measured interval (CPU time, bytes allocated, methods JIT-compiled), the CPU
/// time of the backends behind it (demo backend and nats-server) and of the whole machine (null where it cannot be read)
/// meanwhile.
/// </summary>
internal readonly record struct ServerSpent(TimeSpan Cpu, RuntimeCounters Counters, TimeSpan BackendsCpu, TimeSpan? MachineCpu)
{
    /// <summary>Two intervals' spending together (the alternating slices of one target).</summary>
    public static ServerSpent operator +(ServerSpent left, ServerSpent right) =>
        new(left.Cpu + right.Cpu, left.Counters + right.Counters, left.BackendsCpu + right.BackendsCpu, left.MachineCpu + right.MachineCpu);
}
