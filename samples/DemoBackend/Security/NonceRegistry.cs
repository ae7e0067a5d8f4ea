using System.Collections.Concurrent;

namespace Portal.Demo.Backend.Security;

/// <summary>Remembers each nonce for the replay window; a nonce seen within it again is refused.</summary>
internal sealed class NonceRegistry(TimeSpan window, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    /// <summary>True the first time <paramref name="nonce"/> is offered within the window; false for a replay.</summary>
    public bool TryUse(string nonce)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        var expiresAt = now + window;
        while (true)
        {
            if (seen.TryAdd(nonce, expiresAt))
            {
                return true;
            }

            if (!seen.TryGetValue(nonce, out var existing))
            {
                continue;
            }

            if (existing > now || !seen.TryUpdate(nonce, expiresAt, existing))
            {
                return false;
            }

            return true;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < nextSweep)
        {
            return;
        }

        nextSweep = now + window;
        foreach (var (nonce, expiresAt) in seen)
        {
            if (expiresAt <= now)
            {
                seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(nonce, expiresAt));
            }
        }
    }
}
