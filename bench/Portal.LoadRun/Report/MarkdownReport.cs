using static System.FormattableString;
using Portal.LoadRun.Load;

namespace Portal.LoadRun.Report;

/// <summary>
/// The run's figures as the Markdown docs/benchmarks.md holds, to paste as is: what was run, where, the targets' table
/// and, for the closed loop, the pages' side-by-side table.
/// </summary>
internal static class MarkdownReport
{
    public static void Write(
        TextWriter output, LoadRunSettings settings, string configuration, IReadOnlyList<TargetResult> results, IReadOnlyList<SideBySide> sideBySide)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(sideBySide);
        output.WriteLine();
        output.WriteLine(settings.Rate > 0
            ? Invariant($"Page load run, {DateTime.UtcNow:yyyy-MM-dd}: open loop, {settings.Rate:N0} requests/s offered per target over at most {settings.Clients} connections, a warm-up of at least {settings.Warmup.TotalSeconds} s until the JIT settled and {settings.Duration.TotalSeconds} s measured per target; latency from each request's scheduled send time.")
            : Invariant($"Page load run, {DateTime.UtcNow:yyyy-MM-dd}: {settings.Clients} concurrent clients, a warm-up of at least {settings.Warmup.TotalSeconds} s until the JIT settled and {settings.Duration.TotalSeconds} s measured per target."));
        output.WriteLine();
        output.WriteLine(Invariant($"Machine: {MachineDescription.Describe()}; {configuration} build."));
        output.WriteLine();
        output.WriteLine(Invariant($"Command: `{settings.Command}`"));
        output.WriteLine();
        if (settings.Rate > 0)
        {
            output.WriteLine("| target | offered/s | achieved/s | p50 ms | p99 ms | max ms | errors | server CPU ms per request | backends CPU ms per request | machine CPU ms per request | server KB allocated per request | warm-up s | methods JIT-compiled while measured |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var result in results)
            {
                output.WriteLine(Invariant(
                    $"| {result.Name} | {result.OfferedRate:N0} | {result.RequestsPerSecond:N0} | {result.P50Milliseconds:0.0} | {result.P99Milliseconds:0.0} | {result.MaxMilliseconds:0.0} | {result.Errors:N0} | {result.ServerCpuMillisecondsPerRequest:0.00} | {result.BackendsCpuMillisecondsPerRequest:0.00} | {result.MachineCpuMillisecondsPerRequest:0.00} | {result.ServerKilobytesAllocatedPerRequest:0.0} | {WarmedUp(result)} |"));
            }
        }
        else
        {
            output.WriteLine("| target | requests/s | p50 ms | p99 ms | errors | server CPU ms per request | backends CPU ms per request | machine CPU ms per request | server KB allocated per request | warm-up s | methods JIT-compiled while measured |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var result in results)
            {
                output.WriteLine(Invariant(
                    $"| {result.Name} | {result.RequestsPerSecond:N0} | {result.P50Milliseconds:0.0} | {result.P99Milliseconds:0.0} | {result.Errors:N0} | {result.ServerCpuMillisecondsPerRequest:0.00} | {result.BackendsCpuMillisecondsPerRequest:0.00} | {result.MachineCpuMillisecondsPerRequest:0.00} | {result.ServerKilobytesAllocatedPerRequest:0.0} | {WarmedUp(result)} |"));
            }

            Ratios(output, results);
            SideBySideTable(output, settings, sideBySide);
        }

        foreach (var result in results.Where(result => !result.WarmUp.Settled))
        {
            output.WriteLine();
            output.WriteLine(Invariant($"**{result.Name}: the JIT had not settled after {result.WarmUp.Elapsed.TotalSeconds:0} s of warm-up (more than {WarmUp.SettledMethodsPerSecond} methods compiled a second): its figures include the JIT.**"));
        }

        var failed = results.Concat(sideBySide.SelectMany(pair => pair.Both)).Where(result => result.Errors > 0).ToList();
        if (failed.Count > 0)
        {
            output.WriteLine();
            foreach (var result in failed)
            {
                output.WriteLine(Invariant($"**ERRORS: {result.Errors:N0} requests to {result.Name} failed, the first with: {result.FirstError}. These figures are not valid.**"));
            }
        }

        if (!string.Equals(configuration, "Release", StringComparison.Ordinal))
        {
            output.WriteLine();
            output.WriteLine(Invariant($"**This is a {configuration} build: measure with -c Release.**"));
        }
    }

    private static string WarmedUp(TargetResult result) =>
        Invariant($"{result.WarmUp.Elapsed.TotalSeconds:0}{(result.WarmUp.Settled ? string.Empty : " (not settled)")} | {result.Server.Counters.CompiledMethods:N0}");

    /// <summary>Each page's Portal row against its bare row of the same run: what issue #16's goals are stated in.</summary>
    private static void Ratios(TextWriter output, IReadOnlyList<TargetResult> results)
    {
        output.WriteLine();
        foreach (var portal in results.Where(result => result.Name.StartsWith("Portal ", StringComparison.Ordinal)))
        {
            var page = portal.Name["Portal ".Length..];
            if (results.FirstOrDefault(result => result.Name == "bare " + page) is { RequestsPerSecond: > 0 } bare)
            {
                output.WriteLine(Invariant(
                    $"Portal {page} / bare {page}: {portal.RequestsPerSecond / bare.RequestsPerSecond:0.00}× the requests/s, {portal.ServerCpuMillisecondsPerRequest / bare.ServerCpuMillisecondsPerRequest:0.00}× the server CPU, {portal.MachineCpuMillisecondsPerRequest / bare.MachineCpuMillisecondsPerRequest:0.00}× the machine's CPU and {portal.ServerKilobytesAllocatedPerRequest / bare.ServerKilobytesAllocatedPerRequest:0.00}× the allocations per request."));
                output.WriteLine();
            }
        }
    }

    /// <summary>
    /// Each pair of targets in alternating slices: the ratio of their sums, and the lowest, middle and highest of the
    /// pairs' ratios, which say how far one pair of slices can be from another on this machine.
    /// </summary>
    private static void SideBySideTable(TextWriter output, LoadRunSettings settings, IReadOnlyList<SideBySide> pairs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        output.WriteLine(Invariant(
            $"Side by side, after the warm-ups above: the two targets of each row alternately, {settings.Pairs} slices of {AlternatingRun.Slice.TotalSeconds} s each, the order swapped every pair, the clients drained between slices."));
        output.WriteLine();
        output.WriteLine("| first / second | first requests/s | second requests/s | first / second | pairs' first / second: lowest, median, highest | first server CPU ms per request | second server CPU ms per request | first machine CPU ms per request | second machine CPU ms per request |");
        output.WriteLine("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        foreach (var pair in pairs)
        {
            var sorted = pair.PairRatios.Order().ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
            output.WriteLine(Invariant(
                $"| {pair.Label} | {pair.First.RequestsPerSecond:N0} | {pair.Second.RequestsPerSecond:N0} | {pair.Ratio:0.00}× | {sorted[0]:0.00} / {median:0.00} / {sorted[^1]:0.00}× | {pair.First.ServerCpuMillisecondsPerRequest:0.00} | {pair.Second.ServerCpuMillisecondsPerRequest:0.00} | {pair.First.MachineCpuMillisecondsPerRequest:0.00} | {pair.Second.MachineCpuMillisecondsPerRequest:0.00} |"));
        }

        output.WriteLine();
    }
}
