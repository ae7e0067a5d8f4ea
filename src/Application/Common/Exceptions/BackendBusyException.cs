namespace Portal.Application.Common.Exceptions;

/// <summary>
/// A backend is up but refuses more requests for a while (the Platform's 429, whose limits every user of one portal id
/// shares) and said how long to wait. Web answers 503 with a <c>Retry-After</c> header and "The area is busy; try again
/// in N s", and a dashboard card says the same.
/// </summary>
public sealed class BackendBusyException : BackendUnavailableException
{
    public BackendBusyException(string area, TimeSpan retryAfter, Exception? innerException = null)
        : base(area, $"busy, try again in {WholeSeconds(retryAfter)} s", innerException)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        RetryAfter = TimeSpan.FromSeconds(WholeSeconds(retryAfter));
    }

    /// <summary>How long the backend asked to be left alone, rounded up to whole seconds (at least one).</summary>
    public TimeSpan RetryAfter { get; }

    private static long WholeSeconds(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
}
