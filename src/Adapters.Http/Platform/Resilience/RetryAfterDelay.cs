using System.Net.Http.Headers;

namespace Portal.Adapters.Http.Platform.Resilience;

/// <summary>How long a <c>Retry-After</c> header asks to wait, in either of its forms.</summary>
internal static class RetryAfterDelay
{
    /// <summary>The wait asked for, never longer than <paramref name="cap"/>; null when there is no usable header.</summary>
    public static TimeSpan? From(RetryConditionHeaderValue? retryAfter, DateTimeOffset now, TimeSpan cap)
    {
        var asked = Asked(retryAfter, now);
        return asked > cap ? cap : asked;
    }

    /// <summary>The wait asked for, uncapped; a date in the past means "now"; null when there is no usable header.</summary>
    public static TimeSpan? Asked(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        TimeSpan? asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };

        return asked is { } wait && wait < TimeSpan.Zero ? TimeSpan.Zero : asked;
    }
}
