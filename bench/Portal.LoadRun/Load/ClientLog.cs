namespace Portal.LoadRun.Load;

/// <summary>
/// What one client saw while measuring: the latency of every good answer in Stopwatch ticks (an array of
/// <c>capacity</c>, allocated up front so that measuring allocates nothing, and only regrown if a client is faster than
/// expected) and the failures.
/// </summary>
internal sealed class ClientLog(int capacity)
{
    private long[] latencies = new long[capacity];

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
