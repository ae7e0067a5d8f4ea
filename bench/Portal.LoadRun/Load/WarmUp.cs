using System.Diagnostics;
using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Load;

/// <summary>
/// Keeps a target under load, unrecorded, for at least the settings' warm-up and then until the tiered JIT of both the
/// serving process and the demo backend has settled: fewer than <see cref="SettledMethodsPerSecond"/> methods compiled a
/// second in each over the last <see cref="Window"/>. Measured on this machine, a freshly started Portal under 64
/// clients compiled 200–460 methods a second (a third to a half of a core) for about 35 s, then a few a second with
/// bursts of a hundred between lulls, hence a window of several seconds;
/// a run measured before that measures the JIT. Gives up after <see cref="Longest"/> and says so.
/// </summary>
internal static class WarmUp
{
    public const int SettledMethodsPerSecond = 10;

    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    public static async Task<WarmUpResult> RunAsync(LoadTarget target, TimeSpan minimum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = Stopwatch.GetTimestamp();
        var readings = new Queue<(long At, RuntimeCounters Server, RuntimeCounters Backend)>();
        var allowed = (long)(SettledMethodsPerSecond * Window.TotalSeconds);
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            var reading = (At: now, Server: await target.ServerCounters(cancellationToken), Backend: await target.BackendCounters(cancellationToken));
            readings.Enqueue(reading);
            while (readings.Count > 1 && Stopwatch.GetElapsedTime(readings.Peek().At, now) > Window)
            {
                readings.Dequeue();
            }

            var elapsed = Stopwatch.GetElapsedTime(started, now);
            var (at, server, backend) = readings.Peek();
            var settled = Stopwatch.GetElapsedTime(at, now) >= Window - Step
                && (reading.Server - server).CompiledMethods <= allowed
                && (reading.Backend - backend).CompiledMethods <= allowed;
            if ((settled && elapsed >= minimum) || elapsed >= Longest)
            {
                return new WarmUpResult(elapsed, settled);
            }

            // Pacing the readings of a warm-up, not synchronisation.
            await Task.Delay(Step, cancellationToken);
        }
    }
}
