using Microsoft.Extensions.Options;
using Portal.Web.Configuration;

namespace Portal.Web.Live;

/// <summary>
/// Re-verifies the sign-in of every open live stream of this instance every LIVE_REVERIFY_SECONDS, from one timer. A
/// timer and a waiting task per stream cost about 0.6 KB a stream (6 MB at 10,000) and fired all at once for streams
/// opened together; here the streams wait in one list in the order they are due (every stream has the same interval, so
/// adding at the end keeps the order), each tick takes those that are due, and at most <see cref="ChecksAtOnce"/> token
/// checks run at a time, so 10,000 streams opened within seconds are checked over a few seconds instead of in one
/// burst. A stream is checked one interval after its last check, at most one tick later (more while the round before is
/// still running).
/// </summary>
public sealed partial class LiveStreamReverification : IDisposable
{
    internal const int ChecksAtOnce = 32;

    private readonly Lock gate = new();
    private readonly LinkedList<OpenLiveStream> schedule = new();
    private readonly TimeProvider clock;
    private readonly long interval;
    private readonly ILogger<LiveStreamReverification> logger;
    private readonly CancellationTokenSource stopping = new();

    public LiveStreamReverification(IOptions<WebOptions> options, TimeProvider clock, ILogger<LiveStreamReverification> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
        this.logger = logger;
        var every = options.Value.LiveReverifyInterval;
        interval = (long)(every.TotalSeconds * clock.TimestampFrequency);

        // A tenth of the interval, between 100 ms and 1 s: checks come at most a second late, and an idle instance
        // wakes once a second.
        var tick = TimeSpan.FromTicks(Math.Clamp(every.Ticks / 10, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond));
        _ = Task.Run(() => RunAsync(tick));
    }

    /// <summary>How many open streams wait for their next check.</summary>
    internal int Count
    {
        get
        {
            lock (gate)
            {
                return schedule.Count;
            }
        }
    }

    internal void Add(OpenLiveStream stream)
    {
        lock (gate)
        {
            stream.ScheduleEntry ??= new LinkedListNode<OpenLiveStream>(stream);
            AddLast(stream);
        }
    }

    /// <summary>Takes the stream out for good; completes once a check running on it has finished.</summary>
    internal Task RemoveAsync(OpenLiveStream stream)
    {
        lock (gate)
        {
            stream.Unscheduled = true;
            if (stream.ScheduleEntry?.List is not null)
            {
                schedule.Remove(stream.ScheduleEntry);
            }
        }

        return stream.EndAsync();
    }

    /// <summary>Stops the rounds; a round under way stops at its next check, and the timer loop releases what it holds.</summary>
    public void Dispose() => stopping.Cancel();

    private async Task RunAsync(TimeSpan tick)
    {
        using var timer = new PeriodicTimer(tick, clock);
        var checks = new ParallelOptions { MaxDegreeOfParallelism = ChecksAtOnce, CancellationToken = stopping.Token };
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                var due = TakeDue();
                if (due.Count > 0)
                {
                    await Parallel.ForEachAsync(due, checks, (stream, _) => new ValueTask(CheckAsync(stream)));
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            stopping.Dispose();
        }
    }

    private List<OpenLiveStream> TakeDue()
    {
        var now = clock.GetTimestamp();
        var due = new List<OpenLiveStream>();
        lock (gate)
        {
            while (schedule.First is { } first && first.Value.DueAt <= now)
            {
                schedule.RemoveFirst();
                due.Add(first.Value);
            }
        }

        return due;
    }

    private async Task CheckAsync(OpenLiveStream stream)
    {
        bool open;
        try
        {
            open = await stream.ReverifyAsync();
        }
        catch (Exception failure)
        {
            // The stream has ended (the browser opens a new one); the other streams' checks go on.
            ReverificationFailed(logger, failure);
            return;
        }

        if (open)
        {
            lock (gate)
            {
                if (!stream.Unscheduled)
                {
                    AddLast(stream);
                }
            }
        }
    }

    private void AddLast(OpenLiveStream stream)
    {
        stream.DueAt = clock.GetTimestamp() + interval;
        schedule.AddLast(stream.ScheduleEntry!);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-verifying an open live stream's sign-in failed; the stream was ended.")]
    private static partial void ReverificationFailed(ILogger logger, Exception exception);
}
