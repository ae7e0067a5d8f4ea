namespace Portal.Adapters.Http.Platform;

/// <summary>
/// Lets a log line that can repeat on every request through at most once per interval, and counts the ones it holds
/// back so the next line written can say how many there were. Per instance and in memory only, like the circuit breaker.
/// </summary>
internal sealed class RepeatedLogGate(TimeProvider time, TimeSpan interval)
{
    private readonly Lock gate = new();
    private DateTimeOffset? lastWritten;
    private int heldBack;

    /// <summary>True when a line may be written now; <paramref name="heldBackBefore"/> is how many were held back since the last one.</summary>
    public bool TryPass(out int heldBackBefore)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (lastWritten is { } last && now - last < interval)
            {
                heldBack++;
                heldBackBefore = 0;
                return false;
            }

            lastWritten = now;
            heldBackBefore = heldBack;
            heldBack = 0;
            return true;
        }
    }
}
