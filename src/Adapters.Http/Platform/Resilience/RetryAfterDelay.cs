using System.Net.Http.Headers;

namespace Portal.Adapters.Http.Platform.Resilience;

/// <summary>How long a <c>Retry-After</c> header asks to wait, in either of its forms, never longer than a cap.</summary>
internal static class RetryAfterDelay
{
    /// <summary>Null when the answer carries no usable <c>Retry-After</c>; a date in the past means "now".</summary>
    public static TimeSpan? From(RetryConditionHeaderValue? retryAfter, DateTimeOffset now, TimeSpan cap)
    {
        TimeSpan? asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };

        if (asked is not { } wait)
        {
            return null;
        }

        if (wait < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return wait > cap ? cap : wait;
    }
}
