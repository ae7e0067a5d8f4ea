using static System.FormattableString;
using Portal.LoadRun.Load;

namespace Portal.LoadRun.Report;

/// <summary>The run's figures as the Markdown docs/benchmarks.md holds, to paste as is: what was run, where, and one table.</summary>
internal static class MarkdownReport
{
    public static void Write(TextWriter output, LoadRunSettings settings, string configuration, IReadOnlyList<TargetResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        output.WriteLine();
        output.WriteLine(Invariant($"Page load run, {DateTime.UtcNow:yyyy-MM-dd}: {settings.Clients} concurrent clients, {settings.Warmup.TotalSeconds} s warm-up and {settings.Duration.TotalSeconds} s measured per target."));
        output.WriteLine();
        output.WriteLine(Invariant($"Machine: {MachineDescription.Describe()}; {configuration} build."));
        output.WriteLine();
        output.WriteLine(Invariant($"Command: `{settings.Command}`"));
        output.WriteLine();
        output.WriteLine("| target | requests/s | p50 ms | p99 ms | errors | server CPU ms per request | server KB allocated per request |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            var allocated = result.ServerKilobytesAllocatedPerRequest is { } kilobytes ? Invariant($"{kilobytes:0.0}") : "—";
            output.WriteLine(Invariant(
                $"| {result.Name} | {result.RequestsPerSecond:N0} | {result.P50Milliseconds:0.0} | {result.P99Milliseconds:0.0} | {result.Errors:N0} | {result.ServerCpuMillisecondsPerRequest:0.00} | {allocated} |"));
        }

        var failed = results.Where(result => result.Errors > 0).ToList();
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
}
