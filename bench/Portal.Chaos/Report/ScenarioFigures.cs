using System.Globalization;
using Portal.Chaos.Load;

namespace Portal.Chaos.Report;

/// <summary>What the answers sent within one scenario's window say.</summary>
internal sealed record ScenarioFigures(
    ScenarioWindow Window,
    int Requests,
    int Full,
    int Partial,
    IReadOnlyDictionary<int, int> OtherStatuses,
    double P50,
    double P99,
    double Max,
    double OutageP50,
    TimeSpan? QuickAfter,
    TimeSpan? FullAgainAfter)
{
    /// <summary>An answer slower than this keeps a customer waiting; a failure answered faster is a quick "unavailable".</summary>
    public static readonly TimeSpan Quick = TimeSpan.FromSeconds(1);

    /// <summary>Answers sent this long after the fault count as "during the outage, once it was noticed".</summary>
    public static readonly TimeSpan Settling = TimeSpan.FromSeconds(5);

    public static ScenarioFigures Of(ScenarioWindow window, IReadOnlyList<Sample> all)
    {
        var samples = all.Where(s => s.Sent >= window.Start && s.Sent < window.End).ToList();
        var took = samples.Select(s => s.Took.TotalMilliseconds).Order().ToList();
        var outage = samples
            .Where(s => s.Sent >= window.FaultAt + Settling && s.Sent < window.RestoreAt)
            .Select(s => s.Took.TotalMilliseconds).Order().ToList();

        // Pages are full again from the last answer after the restore that was not a full page.
        var lastNotFull = samples.Where(s => !s.Full && s.Answered >= window.RestoreAt).Select(s => s.Answered).DefaultIfEmpty().Max();
        TimeSpan? fullAgain = samples.Any(s => s.Full && s.Sent >= lastNotFull && s.Sent >= window.RestoreAt)
            ? (lastNotFull > window.RestoreAt ? lastNotFull - window.RestoreAt : TimeSpan.Zero)
            : null;

        return new ScenarioFigures(
            window,
            samples.Count,
            samples.Count(s => s.Full),
            samples.Count(s => s.Status == 200 && !s.Full),
            samples.Where(s => s.Status != 200).GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count()),
            Percentile(took, 0.50),
            Percentile(took, 0.99),
            took.Count == 0 ? 0 : took[^1],
            Percentile(outage, 0.50),
            QuickAgainAfter(window, samples),
            fullAgain);
    }

    /// <summary>
    /// From the fault to the first second of the outage in which 99 % of the answers sent that second came within
    /// <see cref="Quick"/>: how long the fault held every page up before Portal noticed it (a breaker opened, a connection
    /// was seen lost). A second in which nothing was sent (every client waiting) is not quick. Null when no second was.
    /// </summary>
    private static TimeSpan? QuickAgainAfter(ScenarioWindow window, List<Sample> samples)
    {
        var seconds = (int)Math.Floor((window.RestoreAt - window.FaultAt).TotalSeconds);
        foreach (var second in Enumerable.Range(0, seconds))
        {
            var from = window.FaultAt + TimeSpan.FromSeconds(second);
            var took = samples.Where(s => s.Sent >= from && s.Sent < from + TimeSpan.FromSeconds(1))
                .Select(s => s.Took.TotalMilliseconds).Order().ToList();
            if (took.Count > 0 && Percentile(took, 0.99) <= Quick.TotalMilliseconds)
            {
                return TimeSpan.FromSeconds(second);
            }
        }

        return null;
    }

    /// <summary>Answers sent in each second from the fault to the end of the window: how many, how many full, and their p99.</summary>
    public static IEnumerable<string> Timeline(ScenarioWindow window, IReadOnlyList<Sample> all)
    {
        var seconds = (int)Math.Ceiling((window.End - window.FaultAt).TotalSeconds);
        for (var second = 0; second < seconds; second++)
        {
            var from = window.FaultAt + TimeSpan.FromSeconds(second);
            var sent = all.Where(s => s.Sent >= from && s.Sent < from + TimeSpan.FromSeconds(1)).ToList();
            var took = sent.Select(s => s.Took.TotalMilliseconds).Order().ToList();
            var phase = from < window.RestoreAt ? "outage" : "after";
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"  {window.Scenario.Name} {phase} +{second,3} s: {sent.Count,5} sent, {sent.Count(s => s.Full),5} full, p99 {Percentile(took, 0.99),6:0} ms");
        }
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
