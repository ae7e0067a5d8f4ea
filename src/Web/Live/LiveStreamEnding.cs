namespace Portal.Web.Live;

/// <summary>Why an open live stream's own check ended it, and so the last event its browser is sent.</summary>
internal enum LiveStreamEnding
{
    /// <summary>No check ended it (the browser left, the instance is stopping, or the feed failed).</summary>
    None,

    /// <summary>The token is no longer good, or the sign-in is past its absolute lifetime: no request can renew it.</summary>
    SignedOut,

    /// <summary>
    /// The sign-in the stream opened with is past its idle lifetime, which a request in another tab may have renewed: the
    /// browser opens a new stream with the cookie it has now, and that request is judged on it.
    /// </summary>
    Reopen,

    /// <summary>The caller may no longer see the practice.</summary>
    NoAccess,
}
