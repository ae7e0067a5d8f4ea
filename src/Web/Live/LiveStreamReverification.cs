using Microsoft.Extensions.Options;
using Portal.Web.Configuration;
using Portal.Web.Hosting;

namespace Portal.Web.Live;

/// <summary>
/// Re-verifies the sign-in of every open live stream of this instance every LIVE_REVERIFY_SECONDS, from one timer. A
/// timer and a waiting task per stream cost about 0.6 KB a stream (6 MB at 10,000) and fired all at once for streams
/// opened together; here the streams wait in one list in the order they are due (every stream has the same interval, so
/// adding at the end keeps the order), each tick takes those that are due, and at most <see cref="ChecksAtOnce"/> token
/// checks run at a time, so 10,000 streams opened within seconds are checked over a few seconds instead of in one
/// burst. A stream is checked one interval after its last check, at most one tick later (more while the round before is
/// still running). Knowing every open stream, it also ends them all when the instance stops streaming
/// (<see cref="ShutdownDrain.StreamsEnd"/>), instead of each stream holding a registration on that token.
/// </summary>
public sealed partial class LiveStreamReverification : BackgroundService
{
    internal const int ChecksAtOnce = 32;

    private readonly Lock gate = new();
    private readonly LinkedList<OpenLiveStream> schedule = new();
    private readonly TimeProvider clock;
    private readonly long interval;
    private readonly TimeSpan tick;
    private readonly ShutdownDrain drain;
    private readonly ILogger<LiveStreamReverification> logger;
    private bool streamsEnded;

    public LiveStreamReverification(IOptions<WebOptions> options, TimeProvider clock, ShutdownDrain drain, ILogger<LiveStreamReverification> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
        this.drain = drain;
        this.logger = logger;
        var every = options.Value.LiveReverifyInterval;
        interval = (long)(every.TotalSeconds * clock.TimestampFrequency);

        // A tenth of the interval, between 100 ms and 1 s: checks come at most a second late, and an idle instance
        // wakes once a second.
        tick = TimeSpan.FromTicks(Math.Clamp(every.Ticks / 10, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond));
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

    /// <summary>Schedules the stream; false once the instance has ended its streams (it is stopping), when none may open.</summary>
    internal bool TryAdd(OpenLiveStream stream)
    {
        lock (gate)
        {
            if (streamsEnded)
            {
                return false;
            }

            stream.ScheduleEntry ??= new LinkedListNode<OpenLiveStream>(stream);
            AddLast(stream);
            return true;
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ending = drain.StreamsEnd.UnsafeRegister(static state => ((LiveStreamReverification)state!).EndStreams(), this);
        using var timer = new PeriodicTimer(tick, clock);
        // Not cancelled by the stop: a round taken out of the schedule runs to its end, so that every stream in it is
        // either checked or, once the instance stops streaming, ended with its reconnect event (CheckAsync).
        var checks = new ParallelOptions { MaxDegreeOfParallelism = ChecksAtOnce };
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var due = TakeDue();
                if (due.Count > 0)
                {
                    await Parallel.ForEachAsync(due, checks, (stream, _) => new ValueTask(CheckAsync(stream)));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The instance stops streaming: every open stream ends (each then tells its browser to reconnect), a stream under a
    /// check ends when its check is done, and no stream opens any more.
    /// </summary>
    private void EndStreams()
    {
        OpenLiveStream[] open;
        lock (gate)
        {
            streamsEnded = true;
            open = [.. schedule];
        }

        foreach (var stream in open)
        {
            stream.End();
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
        bool stopping;
        lock (gate)
        {
            stopping = streamsEnded;
        }

        if (stopping)
        {
            stream.End();
            return;
        }

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

        if (!open)
        {
            return;
        }

        bool ending;
        lock (gate)
        {
            ending = streamsEnded && !stream.Unscheduled;
            if (!stream.Unscheduled && !streamsEnded)
            {
                AddLast(stream);
            }
        }

        if (ending)
        {
            stream.End();
        }
    }

    private void AddLast(OpenLiveStream stream)
    {
        stream.DueAt = clock.GetTimestamp() + interval;
        schedule.AddLast(stream.ScheduleEntry!);
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Error, Message = "Re-verifying an open live stream's sign-in failed; the stream was ended.")]
    private static partial void ReverificationFailed(ILogger logger, Exception exception);
}
