using System.Diagnostics;

namespace Portal.LoadRun.Load;

/// <summary>
/// A target's figures over the measured interval: throughput of good answers, their p50, p99 and maximum, the serving
/// process's CPU time and allocated bytes per answer and the methods its JIT compiled meanwhile, the failures, how long
/// the warm-up took; for the open loop also the rate offered.
/// </summary>
internal sealed record TargetResult(
    string Name,
    long Requests,
    TimeSpan Duration,
    ServerSpent Server,
    WarmUpResult WarmUp,
    double P50Milliseconds,
    double P99Milliseconds,
    long Errors,
    string? FirstError)
{
    /// <summary>Open loop: the requests a second sent on schedule; null for the closed loop.</summary>
    public int? OfferedRate { get; init; }

    /// <summary>The slowest good answer.</summary>
    public double MaxMilliseconds { get; init; }

    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    public double ServerCpuMillisecondsPerRequest => Requests == 0 ? double.NaN : Server.Cpu.TotalMilliseconds / Requests;

    /// <summary>The demo backend's and nats-server's CPU per good answer: the machine's share that is not Portal's.</summary>
    public double BackendsCpuMillisecondsPerRequest => Requests == 0 ? double.NaN : Server.BackendsCpu.TotalMilliseconds / Requests;

    /// <summary>Every process's CPU per good answer: the server's, the load generator's, nats-server's and the demo backend's.</summary>
    public double MachineCpuMillisecondsPerRequest => Requests == 0 || Server.MachineCpu is not { } machine ? double.NaN : machine.TotalMilliseconds / Requests;

    public double ServerKilobytesAllocatedPerRequest => Requests == 0 ? double.NaN : Server.Counters.AllocatedBytes / 1024.0 / Requests;

    public static TargetResult From(string name, TimeSpan duration, ServerSpent server, WarmUpResult warmUp, IReadOnlyList<ClientLog> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var all = new long[clients.Sum(client => client.Count)];
        var filled = 0;
        foreach (var client in clients)
        {
            client.Latencies.CopyTo(all.AsSpan(filled));
            filled += client.Count;
        }

        Array.Sort(all);
        return new TargetResult(
            name,
            all.Length,
            duration,
            server,
            warmUp,
            Percentile(all, 0.50),
            Percentile(all, 0.99),
            clients.Sum(client => (long)client.Errors),
            clients.Select(client => client.FirstError).FirstOrDefault(error => error is not null))
        {
            MaxMilliseconds = all.Length == 0 ? double.NaN : all[^1] * 1000.0 / Stopwatch.Frequency,
        };
    }

    /// <summary>Nearest rank: the smallest latency that at least <paramref name="fraction"/> of the answers did not exceed.</summary>
    private static double Percentile(long[] sorted, double fraction)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1] * 1000.0 / Stopwatch.Frequency;
    }
}
