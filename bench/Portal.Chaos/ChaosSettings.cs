using System.Globalization;

namespace Portal.Chaos;

/// <summary>
/// How the fault run is driven: clients, and per scenario a calm baseline, the outage and the time given to recover.
/// Everything is bounded: the run stops by itself after the scenarios.
/// </summary>
internal sealed record ChaosSettings(int Clients, TimeSpan Baseline, TimeSpan Outage, TimeSpan Settle, IReadOnlyList<Scenario> Scenarios)
{
    public const string Usage =
        "usage: ./portal.sh chaos [--clients 64] [--outage 60] [--baseline 5] [--settle 15] [--scenarios nats-kill,nats-hang,htpi-hang,platform-hang,platform-kill]  (seconds)";

    public static ChaosSettings Default { get; } = new(64, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(15), Scenario.All);

    public string Command => string.Create(
        CultureInfo.InvariantCulture,
        $"./portal.sh chaos --clients {Clients} --outage {Outage.TotalSeconds} --baseline {Baseline.TotalSeconds} --settle {Settle.TotalSeconds} --scenarios {string.Join(',', Scenarios.Select(s => s.Name))}");

    /// <summary>Throws <see cref="ArgumentException"/> naming the option that is wrong.</summary>
    public static ChaosSettings Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--clients" => settings with { Clients = Whole(args[i], value, 1, 256) },
                "--outage" => settings with { Outage = TimeSpan.FromSeconds(Whole(args[i], value, 1, 600)) },
                "--baseline" => settings with { Baseline = TimeSpan.FromSeconds(Whole(args[i], value, 1, 120)) },
                "--settle" => settings with { Settle = TimeSpan.FromSeconds(Whole(args[i], value, 1, 300)) },
                "--scenarios" => settings with { Scenarios = Named(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return settings;
    }

    private static List<Scenario> Named(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Scenario.All.FirstOrDefault(s => s.Name == name)
                ?? throw new ArgumentException($"Unknown scenario {name}; the scenarios are {string.Join(", ", Scenario.All.Select(s => s.Name))}."))
            .ToList();

    private static int Whole(string option, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max}.");
}
