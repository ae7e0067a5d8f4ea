using System.Diagnostics;

namespace Portal.LoadRun.Load;

/// <summary>
/// The stretch of time whose answers count, in <see cref="Stopwatch"/> timestamps. It is unknown while the target warms
/// up (both edges lie in the far future, so nothing counts and nothing stops), and fixed once the warm-up has ended.
/// </summary>
internal sealed class MeasuredInterval
{
    private long from = long.MaxValue;
    private long until = long.MaxValue;

    public long From => Volatile.Read(ref from);

    public long Until => Volatile.Read(ref until);

    public bool Contains(long timestamp) => timestamp >= From && timestamp < Until;

    /// <summary>The end is set before the start, so whoever sees the start sees the end too.</summary>
    public void Begin(long start, TimeSpan duration)
    {
        Volatile.Write(ref until, start + LoadGenerator.Ticks(duration));
        Volatile.Write(ref from, start);
    }
}
