using System.Globalization;
using System.Text;
using Portal.Cluster.Tests.Load;

namespace Portal.Cluster.Tests;

/// <summary>The figures of one run, per phase, as the test prints them (and docs/deployment.md quotes them).</summary>
internal static class ClusterReport
{
    public static string Describe(Phases phases, IReadOnlyList<PageSample> samples, IReadOnlyList<LiveStream> streams, IReadOnlyList<NewPatient> posted, IReadOnlyDictionary<string, int> listed)
    {
        var report = new StringBuilder();
        report.AppendLine("Cluster run: 3 nats-server nodes, 3 Portal instances, HAProxy; figures through HAProxy");
        report.AppendLine("phase                          | took    | requests | failed | degraded | signed out | posts ok/failed");
        var started = phases.Started;
        for (var i = 0; i < started.Count; i++)
        {
            var (name, start) = started[i];
            var end = i + 1 < started.Count ? started[i + 1].Start : phases.Now;
            var inPhase = samples.Where(s => s.Phase == name).ToList();
            var posts = inPhase.Where(s => s.Method == "POST").ToList();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{name,-30} | {(end - start).TotalSeconds,5:0.0} s | {inPhase.Count,8} | {inPhase.Count(s => s.Outcome == PageOutcome.Failed),6} | {inPhase.Count(s => s.Outcome == PageOutcome.Degraded),8} | {inPhase.Count(s => s.Outcome == PageOutcome.SignedOut),10} | {posts.Count(s => s.Outcome == PageOutcome.Served)}/{posts.Count(s => s.Outcome != PageOutcome.Served)}");
        }

        var failures = samples.Where(s => s.Outcome is PageOutcome.Failed or PageOutcome.SignedOut)
            .GroupBy(s => (s.Phase, s.Outcome, s.Method, s.Path, s.Status, s.Detail));
        foreach (var failure in failures)
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {failure.Count()} x {failure.Key.Outcome} in {failure.Key.Phase}: {failure.Key.Method} {failure.Key.Path} -> {failure.Key.Status} {failure.Key.Detail}");
        }

        var gaps = streams.SelectMany(s => s.Gaps).Select(g => g.Gap).ToList();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"live streams: {streams.Count} pages; {gaps.Count} cuts, each back with `ready` after at most {(gaps.Count == 0 ? 0 : gaps.Max().TotalSeconds):0.00} s (median {Median(gaps):0.00} s); {streams.Sum(s => s.Interruptions.Count)} `interrupted` (stayed open through the NATS node kill); {streams.Sum(s => s.Reconnects.Count)} `reconnect` (rolled instances)");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"broadcasts received: {streams.Sum(s => s.Broadcasts)}, duplicated to a page: {streams.Sum(s => s.Duplicates)}; streams signed out: {streams.Sum(s => s.SignOuts)}");
        var created = posted.Count(p => p.Created);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"form posts: {posted.Count} sent, {created} created; patients found by name afterwards: {listed.Values.Sum()} (created ones found exactly once: {posted.Count(p => p.Created && listed.GetValueOrDefault(p.LastName) == 1)}/{created}; failed posts applied anyway: {posted.Count(p => !p.Created && listed.GetValueOrDefault(p.LastName) > 0)})");
        return report.ToString();
    }

    private static double Median(List<TimeSpan> values) =>
        values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2).TotalSeconds;
}
