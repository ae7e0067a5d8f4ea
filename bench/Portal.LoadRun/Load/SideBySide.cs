namespace Portal.LoadRun.Load;

/// <summary>
/// One <see cref="AlternatingRun"/> of two targets: each one's slices summed, and the first's answers over the second's
/// in each pair of slices.
/// </summary>
internal sealed record SideBySide(string Label, TargetResult First, TargetResult Second, IReadOnlyList<double> PairRatios)
{
    public double Ratio => First.RequestsPerSecond / Second.RequestsPerSecond;

    public IEnumerable<TargetResult> Both => [First, Second];
}
