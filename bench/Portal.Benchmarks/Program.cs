using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Portal.Benchmarks -- --filter '*'</c>. Runs in process with a short job:
/// the benchmark classes start their own nats-server or hosts, so a separate process per benchmark buys nothing here.
/// After the run, one line per category gives the compared benchmark's throughput as a share of its baseline's (the
/// adapter's of the bare client's, goal at least 0.9; Portal's page of the bare endpoint's), and what it costs more per
/// operation in time and allocated bytes.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(StatisticColumn.OperationsPerSecond)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.Console);
        foreach (var summary in BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config))
        {
            PrintRatios(summary);
        }
    }

    private static void PrintRatios(Summary summary)
    {
        var byCategory = summary.Reports
            .Where(report => report.ResultStatistics is not null)
            .GroupBy(report => report.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? string.Empty);
        Console.WriteLine();
        Console.WriteLine("| operation | baseline (ops/s) | compared (ops/s) | compared / baseline | compared − baseline per op |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var category in byCategory)
        {
            var baseline = category.FirstOrDefault(report => report.BenchmarkCase.Descriptor.Baseline);
            if (baseline is null)
            {
                continue;
            }

            // Mean is nanoseconds per operation (OperationsPerInvoke is applied). A category with several compared cases
            // (the Platform call: per request, resolved once) gets a line for each, named after the case.
            var baselineMean = baseline.ResultStatistics!.Mean;
            var baselineBytes = baseline.GcStats.GetBytesAllocatedPerOperation(baseline.BenchmarkCase);
            var compared = category.Where(report => !report.BenchmarkCase.Descriptor.Baseline).ToList();
            foreach (var report in compared)
            {
                var comparedMean = report.ResultStatistics!.Mean;
                var extraBytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) - baselineBytes;
                var operation = compared.Count == 1 ? category.Key : $"{category.Key}: {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}";
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {operation} | {1e9 / baselineMean:N0} | {1e9 / comparedMean:N0} | {baselineMean / comparedMean:0.00}× | {(comparedMean - baselineMean) / 1e3:N1} us, {extraBytes:N0} B |"));
            }
        }
    }
}
