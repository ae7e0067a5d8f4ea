using System.Globalization;

namespace Portal.LoadRun;

/// <summary>
/// How many clients hammer each target, and for how long: a warm-up that is not recorded (at least <see cref="Warmup"/>,
/// and until the JIT of the server and the demo backend has settled), then the measurement. With
/// <see cref="Rate"/> above 0 the load is open-loop instead: that many requests a second per target, each sent when its
/// time comes whether or not earlier ones were answered, over at most <see cref="Clients"/> connections. With
/// <see cref="Streams"/> above 0 it is the live-stream run instead: that many open streams and <see cref="Broadcasts"/>
/// broadcasts sent to them all, against one Portal or, with <see cref="Cluster"/>, three instances behind HAProxy. The
/// closed loop ends with <see cref="Pairs"/> pairs of alternating slices per page (<see cref="Load.AlternatingRun"/>; 0: none):
/// Portal against the bare endpoint and, with <see cref="Against"/> naming another checkout of Portal built in the same
/// configuration (an earlier commit's worktree), against that checkout's Portal with its own demo backend.
/// </summary>
public sealed record LoadRunSettings(
    int Clients, TimeSpan Warmup, TimeSpan Duration, int Streams = 0, int Broadcasts = 10, bool Cluster = false, int Rate = 0, int Pairs = LoadRunSettings.DefaultPairs, string? Against = null)
{
    public const int DefaultPairs = 6;

    public const string Usage =
        "usage: dotnet run -c Release --project bench/Portal.LoadRun -- [--clients 64] [--duration 10] [--warmup 5] [--pairs 6] [--against ../before]\n" +
        "         (seconds; the warm-up goes on until the JIT settles; then Portal and the bare endpoint alternate in 2 s slices, 6 pairs a page,\n" +
        "          and so do Portal and the Portal of the checkout --against names, built in Release)\n" +
        "       dotnet run -c Release --project bench/Portal.LoadRun -- --rate 200 [--clients 64] [--duration 10] [--warmup 5]\n" +
        "         (open loop: 200 requests/s per target, sent on schedule over at most --clients connections)\n" +
        "       dotnet run -c Release --project bench/Portal.LoadRun -- --streams 10000 [--broadcasts 10] [--clients 4] [--cluster]";

    public static LoadRunSettings Default { get; } = new(64, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

    /// <summary>The command that repeats this run, for the report.</summary>
    public string Command => Streams > 0
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"dotnet run -c Release --project bench/Portal.LoadRun -- --streams {Streams} --broadcasts {Broadcasts} --clients {Clients}{(Cluster ? " --cluster" : "")}")
        : string.Create(
            CultureInfo.InvariantCulture,
            $"dotnet run -c Release --project bench/Portal.LoadRun -- {(Rate > 0 ? $"--rate {Rate} " : string.Empty)}--clients {Clients} --duration {Duration.TotalSeconds} --warmup {Warmup.TotalSeconds}{(Rate > 0 ? string.Empty : $" --pairs {Pairs}")}{(Against is null ? string.Empty : $" --against {Against}")}");

    /// <summary>Throws <see cref="ArgumentException"/> naming the option that is wrong.</summary>
    public static LoadRunSettings Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = args.Contains("--streams") ? Default with { Clients = 4 } : Default;
        var i = 0;
        while (i < args.Count)
        {
            if (args[i] == "--cluster")
            {
                // The one option without a value.
                settings = settings with { Cluster = true };
                i++;
                continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--clients" => settings with { Clients = Whole(args[i], value, 1, 4096) },
                "--duration" => settings with { Duration = TimeSpan.FromSeconds(Whole(args[i], value, 1, 3600)) },
                "--warmup" => settings with { Warmup = TimeSpan.FromSeconds(Whole(args[i], value, 0, 600)) },
                "--streams" => settings with { Streams = Whole(args[i], value, 1, 50_000) },
                "--broadcasts" => settings with { Broadcasts = Whole(args[i], value, 1, 1000) },
                "--rate" => settings with { Rate = Whole(args[i], value, 1, 100_000) },
                "--pairs" => settings with { Pairs = Whole(args[i], value, 0, 100) },
                "--against" => settings with { Against = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i += 2;
        }

        return settings switch
        {
            { Cluster: true, Streams: 0 } => throw new ArgumentException("--cluster is an option of the live-stream run: give --streams too."),
            { Rate: > 0, Streams: > 0 } => throw new ArgumentException("--rate sets the page load run's offered rate; the live-stream run (--streams) has none."),
            _ when args.Contains("--pairs") && (settings.Rate > 0 || settings.Streams > 0) =>
                throw new ArgumentException("--pairs sets the closed-loop page run's alternating slices; the open loop (--rate) and the live-stream run (--streams) have none."),
            { Against: not null, Pairs: 0 } or { Against: not null, Rate: > 0 } or { Against: not null, Streams: > 0 } =>
                throw new ArgumentException("--against compares in alternating slices: a closed-loop page run with --pairs above 0."),
            { Rate: > 0 } or { Streams: > 0 } => settings with { Pairs = 0 },
            _ => settings,
        };
    }

    private static int Whole(string option, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max}.");
}
