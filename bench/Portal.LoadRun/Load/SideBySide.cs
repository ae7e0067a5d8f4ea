namespace Portal.LoadRun.Load;

/// <summary>
/// One page's <see cref="AlternatingRun"/>: each target's slices summed, and Portal's answers over the bare endpoint's
/// in each pair of slices.
/// </summary>
internal sealed record SideBySide(string Page, TargetResult Portal, TargetResult Bare, IReadOnlyList<double> PairRatios)
{
    public double Ratio => Portal.RequestsPerSecond / Bare.RequestsPerSecond;
}
