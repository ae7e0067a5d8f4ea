using System.Diagnostics;
using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Load;

/// <summary>
/// The measured interval of one target, begun now: the serving process's CPU time and runtime counters, the backends'
/// CPU time and the whole machine's, are read at its edges, and their differences are what it spent on the answers of the interval.
/// </summary>
internal sealed class Measurement
{
    private readonly LoadTarget target;
    private readonly MeasuredInterval interval;
    private readonly TimeSpan cpuBefore;
    private readonly TimeSpan backendsBefore;
    private readonly TimeSpan? machineBefore;
    private readonly RuntimeCounters countersBefore;

    private Measurement(
        LoadTarget target, MeasuredInterval interval, TimeSpan cpuBefore, TimeSpan backendsBefore, TimeSpan? machineBefore, RuntimeCounters countersBefore)
    {
        this.target = target;
        this.interval = interval;
        this.cpuBefore = cpuBefore;
        this.backendsBefore = backendsBefore;
        this.machineBefore = machineBefore;
        this.countersBefore = countersBefore;
    }

    public static async Task<Measurement> StartAsync(LoadTarget target, MeasuredInterval interval, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(interval);
        var cpuBefore = target.ServerProcessorTime();
        var countersBefore = await target.ServerCounters(cancellationToken);
        var backendsBefore = target.BackendsProcessorTime();
        var machineBefore = MachineCpu.Busy();
        interval.Begin(Stopwatch.GetTimestamp(), duration);
        return new Measurement(target, interval, cpuBefore, backendsBefore, machineBefore, countersBefore);
    }

    /// <summary>Waits for the interval's end and reads the edges' differences.</summary>
    public async Task<ServerSpent> EndAsync(CancellationToken cancellationToken)
    {
        // Waiting for the interval's edge to read the server's clocks: timing a measurement, not synchronisation.
        await Task.Delay(LoadGenerator.Until(interval.Until), cancellationToken);
        var machine = MachineCpu.Busy() - machineBefore;
        var backends = target.BackendsProcessorTime() - backendsBefore;
        var cpu = target.ServerProcessorTime() - cpuBefore;
        var counters = await target.ServerCounters(cancellationToken) - countersBefore;
        return new ServerSpent(cpu, counters, backends, machine);
    }
}
