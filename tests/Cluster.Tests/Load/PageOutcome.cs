namespace Portal.Cluster.Tests.Load;

internal enum PageOutcome
{
    /// <summary>The page, whole (or a form post's redirect to what it created).</summary>
    Served,

    /// <summary>The page, with a part marked unavailable: served, but not whole.</summary>
    Degraded,

    /// <summary>Any other answer, or none (a connection error or timeout).</summary>
    Failed,

    /// <summary>Sent to the login page: a signed-in user signed out.</summary>
    SignedOut,
}
