namespace Portal.LoadRun.Load;

/// <summary>
/// What one client saw while measuring: the latency of every good answer in Stopwatch ticks (an array that is allocated
/// up front and only regrown if a client is faster than expected) and the failures.
/// </summary>
internal sealed class ClientLog
{
    private long[] latencies = new long[16_384];

    public int Count { get; private set; }

    public int Errors { get; private set; }

    /// <summary>The first failure, to show what went wrong.</summary>
    public string? FirstError { get; private set; }

    public ReadOnlySpan<long> Latencies => latencies.AsSpan(0, Count);

    public void Success(long ticks)
    {
        if (Count == latencies.Length)
        {
            Array.Resize(ref latencies, latencies.Length * 2);
        }

        latencies[Count++] = ticks;
    }

    public void Failure(string what)
    {
        Errors++;
        FirstError ??= what;
    }
}
