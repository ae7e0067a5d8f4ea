using Portal.LoadRun.Hosting;

namespace Portal.Chaos;

/// <summary>
/// <c>./portal.sh chaos [--clients 64] [--outage 60] [--baseline 5] [--settle 15] [--scenarios …]</c>: the fault run
/// (README, "Faults"). The table goes to stdout, progress to stderr; Ctrl-C stops everything it started.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ChaosSettings settings;
        try
        {
            settings = ChaosSettings.Parse(args);
        }
        catch (ArgumentException invalid)
        {
            await Console.Error.WriteLineAsync(invalid.Message);
            await Console.Error.WriteLineAsync(ChaosSettings.Usage);
            return 2;
        }

        using var stop = new StopSignal();
        try
        {
            return await ChaosRun.RunAsync(settings, stop.Token);
        }
        catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped; everything the fault run started is stopped too.");
            return 130;
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync("The fault run failed: " + failure.Message);
            return 1;
        }
    }
}
