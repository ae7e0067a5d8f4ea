namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// A clock that moves only when a test says so (Microsoft.Extensions.TimeProvider.Testing is not in the registry here).
/// Timers created through it fire on <see cref="Advance"/> once their due time is reached.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now = start;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (gate)
        {
            now += by;
        }

        while (NextDue() is { } timer)
        {
            timer.Fire();
        }
    }

    private ManualTimer? NextDue()
    {
        lock (gate)
        {
            return timers.Where(t => t.DueAt is { } due && due <= now).MinBy(t => t.DueAt);
        }
    }

    private void Schedule(ManualTimer timer, DateTimeOffset? dueAt)
    {
        lock (gate)
        {
            timer.DueAt = dueAt;
            if (dueAt is null)
            {
                timers.Remove(timer);
            }
            else if (!timers.Contains(timer))
            {
                timers.Add(timer);
            }
        }
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            this.period = period;
            clock.Schedule(this, dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime);
            return true;
        }

        public void Fire()
        {
            var next = period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero ? (DateTimeOffset?)null : DueAt + period;
            clock.Schedule(this, next);
            callback(state);
        }

        public void Dispose() => clock.Schedule(this, null);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
