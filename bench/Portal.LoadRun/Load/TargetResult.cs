using System.Diagnostics;

namespace Portal.LoadRun.Load;

/// <summary>
/// A target's figures over the measured interval: throughput of good answers, their p50 and p99, the serving process's
/// CPU time and (where known) allocated bytes per answer, the failures.
/// </summary>
internal sealed record TargetResult(
    string Name,
    long Requests,
    TimeSpan Duration,
    TimeSpan ServerCpu,
    long? ServerAllocatedBytes,
    double P50Milliseconds,
    double P99Milliseconds,
    long Errors,
    string? FirstError)
{
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    public double ServerCpuMillisecondsPerRequest => Requests == 0 ? double.NaN : ServerCpu.TotalMilliseconds / Requests;

    /// <summary>Null where the serving process does not tell its allocations (Portal).</summary>
    public double? ServerKilobytesAllocatedPerRequest => ServerAllocatedBytes is { } bytes && Requests > 0 ? bytes / 1024.0 / Requests : null;

    public static TargetResult From(string name, TimeSpan duration, TimeSpan serverCpu, long? serverAllocatedBytes, IReadOnlyList<ClientLog> clients)
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
            serverCpu,
            serverAllocatedBytes,
            Percentile(all, 0.50),
            Percentile(all, 0.99),
            clients.Sum(client => (long)client.Errors),
            clients.Select(client => client.FirstError).FirstOrDefault(error => error is not null));
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
