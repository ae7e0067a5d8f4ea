using System.Diagnostics;

namespace Portal.Cluster.Tests.Load;

/// <summary>The test's clock and the name of what is being done to the cluster now; every sample is filed under it.</summary>
internal sealed class Phases
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Name, TimeSpan Start)> started = [];
    private volatile string current = "start";

    public TimeSpan Now => clock.Elapsed;

    public string Current => current;

    /// <summary>The phases in order, with when each began.</summary>
    public IReadOnlyList<(string Name, TimeSpan Start)> Started
    {
        get
        {
            lock (started)
            {
                return [.. started];
            }
        }
    }

    public TimeSpan Begin(string name)
    {
        var now = Now;
        lock (started)
        {
            started.Add((name, now));
        }

        current = name;
        return now;
    }
}
