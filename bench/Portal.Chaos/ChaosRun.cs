using System.Diagnostics;
using Portal.Chaos.Hosting;
using Portal.Chaos.Load;
using Portal.Chaos.Report;
using Portal.LoadRun.Hosting;

namespace Portal.Chaos;

/// <summary>Starts the stack, signs in once, loads it, and runs the scenarios one after the other under that load.</summary>
internal static class ChaosRun
{
    public static async Task<int> RunAsync(ChaosSettings settings, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Locate();
        await Console.Error.WriteLineAsync("Starting nats-server, the HTPI side, the Platform side and two Portal instances on 127.0.0.1...");
        await using var stack = await ChaosStack.StartAsync(layout, cancellationToken);
        var cookie = await PortalLogin.SignInAsync(stack.Portals[0].Url, DemoAccount.Email, DemoAccount.Password, cancellationToken);

        var clock = Stopwatch.StartNew();
        var windows = new List<ScenarioWindow>();
        var load = new ChaosLoad(clock, [.. stack.Portals.Select(p => p.Url)], cookie, DemoAccount.Tenant, settings.Clients);
        await using (load)
        {
            foreach (var scenario in settings.Scenarios)
            {
                var bytesBefore = stack.Portals.Select(p => p.Process.OutputBytes).ToList();
                var start = clock.Elapsed;
                await Console.Error.WriteLineAsync($"{scenario.Name}: {settings.Baseline.TotalSeconds:0} s calm, then {scenario.Fault}...");

                // The phases of a measurement, not synchronisation: the load runs throughout.
                await Task.Delay(settings.Baseline, cancellationToken);
                var faultAt = clock.Elapsed;
                await scenario.Break(stack, cancellationToken);
                await Task.Delay(settings.Outage, cancellationToken);
                var restoreAt = clock.Elapsed;
                await scenario.Restore(stack, cancellationToken);
                await Task.Delay(settings.Settle, cancellationToken);

                var end = clock.Elapsed;
                var bytes = stack.Portals.Select((p, i) => p.Process.OutputBytes - bytesBefore[i]).ToList();
                windows.Add(new ScenarioWindow(scenario, start, faultAt, restoreAt, end, bytes));
            }
        }

        var samples = load.Samples;
        var rows = windows.Select(window => ScenarioFigures.Of(window, samples)).ToList();
        foreach (var line in windows.SelectMany(window => ScenarioFigures.Timeline(window, samples)))
        {
            await Console.Error.WriteLineAsync(line);
        }

        Console.Write(ChaosReport.Render(settings, rows));
        return 0;
    }
}
