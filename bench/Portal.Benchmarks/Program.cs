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
/// the benchmark class starts its own nats-server, so a separate process per benchmark buys nothing here. After the
/// run, one line per operation gives the adapter's throughput as a share of the bare client's (goal: at least 0.9).
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
        Console.WriteLine("| operation | baseline (ops/s) | adapter (ops/s) | adapter / baseline |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var category in byCategory)
        {
            var bare = category.FirstOrDefault(report => report.BenchmarkCase.Descriptor.Baseline);
            if (bare is null)
            {
                continue;
            }

            // Mean is nanoseconds per operation (OperationsPerInvoke is applied). A category with several adapter cases
            // (the Platform call: per request, resolved once) gets a line for each, named after the case.
            var bareRate = 1e9 / bare.ResultStatistics!.Mean;
            var adapters = category.Where(report => !report.BenchmarkCase.Descriptor.Baseline).ToList();
            foreach (var adapter in adapters)
            {
                var adapterRate = 1e9 / adapter.ResultStatistics!.Mean;
                var operation = adapters.Count == 1 ? category.Key : $"{category.Key}: {adapter.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}";
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"| {operation} | {bareRate:N0} | {adapterRate:N0} | {adapterRate / bareRate:0.00}× |"));
            }
        }
    }
}
