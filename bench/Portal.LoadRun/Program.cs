using Portal.LoadRun.Bare;
using Portal.LoadRun.Hosting;
using Portal.LoadRun.Streams;

namespace Portal.LoadRun;

/// <summary>
/// <c>dotnet run -c Release --project bench/Portal.LoadRun -- [--clients 64] [--duration 10] [--warmup 3]</c>: the load
/// run; with <c>--streams 10000</c> the live-stream run. With <see cref="BareEndpoint.Role"/> as its first argument the same executable is the bare endpoint, which the
/// load run starts as a child process.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [BareEndpoint.Role, ..])
        {
            return await BareEndpoint.RunAsync();
        }

        LoadRunSettings settings;
        try
        {
            settings = LoadRunSettings.Parse(args);
        }
        catch (ArgumentException invalid)
        {
            await Console.Error.WriteLineAsync(invalid.Message);
            await Console.Error.WriteLineAsync(LoadRunSettings.Usage);
            return 2;
        }

        using var stop = new StopSignal();
        try
        {
            return settings.Streams > 0
                ? await LiveStreamRun.RunAsync(settings, stop.Token)
                : await PageLoadRun.RunAsync(settings, stop.Token);
        }
        catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped; everything the load run started is stopped too.");
            return 130;
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            // A part did not start or a page did not answer as it must: the message says which, no stack trace needed.
            await Console.Error.WriteLineAsync("The load run failed: " + failure.Message);
            return 1;
        }
    }
}
