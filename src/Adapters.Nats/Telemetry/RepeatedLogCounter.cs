namespace Portal.Adapters.Nats.Telemetry;

/// <summary>
/// Lets one log line through per <c>interval</c> for something that may happen many times a second (an area's failed
/// requests, unreadable broadcasts), counting the occurrences in between so the line can say how many there were.
/// </summary>
internal sealed class RepeatedLogCounter(TimeProvider time, TimeSpan interval)
{
    private readonly Lock gate = new();
    private DateTimeOffset? lastLogged;
    private long unlogged;

    /// <summary>Counts one occurrence; true when it is to be logged, with <paramref name="count"/> the occurrences since the last line, this one included.</summary>
    public bool TryPass(out long count)
    {
        lock (gate)
        {
            unlogged++;
            var now = time.GetUtcNow();
            if (lastLogged is { } last && now - last < interval)
            {
                count = 0;
                return false;
            }

            (lastLogged, count, unlogged) = (now, unlogged, 0);
            return true;
        }
    }
}
