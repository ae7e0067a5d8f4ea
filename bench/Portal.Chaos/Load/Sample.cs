namespace Portal.Chaos.Load;

/// <summary>
/// One page request: when it was sent (since the run began), how long the whole answer took, its status (0: no answer —
/// a refused connection or the client's own timeout), and whether it was a full page (200 with no part unavailable).
/// </summary>
internal readonly record struct Sample(TimeSpan Sent, TimeSpan Took, int Status, bool Full)
{
    public TimeSpan Answered => Sent + Took;
}
