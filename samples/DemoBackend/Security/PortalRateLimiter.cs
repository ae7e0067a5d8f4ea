using System.Collections.Concurrent;

namespace Portal.Demo.Backend.Security;

/// <summary>
/// The Platform's per-portal limit, simplified to one fixed window of 60 s per portal id shared by all its users: at most
/// <c>limit</c> signed requests in a window; the rest are refused until the window ends. A limit of 0 turns it off.
/// </summary>
internal sealed class PortalRateLimiter(int limit, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, WindowCount> windows = new(StringComparer.Ordinal);

    /// <summary>Null when the request may go ahead; otherwise how long until the portal id may call again.</summary>
    public TimeSpan? TryAcquire(string portalId)
    {
        if (limit <= 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var window = windows.AddOrUpdate(
            portalId,
            _ => new WindowCount(now, 1),
            (_, current) => now - current.Start >= Window ? new WindowCount(now, 1) : current with { Count = current.Count + 1 });
        return window.Count <= limit ? null : window.Start + Window - now;
    }

    private sealed record WindowCount(DateTimeOffset Start, int Count);
}
