namespace Portal.LoadRun.Streams;

/// <summary>
/// For each numbered broadcast (from 1): how many streams have it and the Stopwatch timestamp of the latest arrival;
/// <see cref="AllArrivedAsync"/> completes once every stream has it. Written by all the streams' readers at once.
/// </summary>
internal sealed class BroadcastArrivals
{
    private readonly int streams;
    private readonly int[] counts;
    private readonly long[] latest;
    private readonly TaskCompletionSource[] allArrived;

    public BroadcastArrivals(int broadcasts, int streams)
    {
        this.streams = streams;
        counts = new int[broadcasts];
        latest = new long[broadcasts];
        allArrived = [.. Enumerable.Range(0, broadcasts).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
    }

    public void Arrived(int broadcast, long timestamp)
    {
        var index = broadcast - 1;
        if (index < 0 || index >= counts.Length)
        {
            return;
        }

        for (var seen = Interlocked.Read(ref latest[index]); timestamp > seen; seen = Interlocked.Read(ref latest[index]))
        {
            if (Interlocked.CompareExchange(ref latest[index], timestamp, seen) == seen)
            {
                break;
            }
        }

        if (Interlocked.Increment(ref counts[index]) == streams)
        {
            allArrived[index].TrySetResult();
        }
    }

    public Task AllArrivedAsync(int broadcast) => allArrived[broadcast - 1].Task;

    public int Count(int broadcast) => Volatile.Read(ref counts[broadcast - 1]);

    public long Latest(int broadcast) => Interlocked.Read(ref latest[broadcast - 1]);
}
