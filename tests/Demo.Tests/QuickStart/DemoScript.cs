using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Demo.Tests.QuickStart;

/// <summary>
/// <c>scripts/demo.sh</c> (what <c>./portal.sh demo</c> execs) running as a child process: its output is read line by
/// line for the processes it starts and for the URL it prints once Portal is up.
/// </summary>
internal sealed partial class DemoScript : IAsyncDisposable
{
    private const string RunningPrefix = "Portal is running at ";

    private readonly Process process;
    private readonly StringBuilder transcript = new();
    private readonly List<(string Name, int Pid)> children = [];
    private readonly TaskCompletionSource<Uri> running = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task outputPump;
    private readonly Task errorPump;

    private DemoScript(Process process, string stateDirectory)
    {
        this.process = process;
        StateDirectory = stateDirectory;
        outputPump = PumpOutputAsync();
        errorPump = PumpErrorsAsync();
    }

    public string StateDirectory { get; }

    /// <summary>The processes the script reported starting, in order; each pid is also its process group id.</summary>
    public IReadOnlyList<(string Name, int Pid)> Children
    {
        get
        {
            lock (transcript)
            {
                return [.. children];
            }
        }
    }

    public static DemoScript Start(string repositoryRoot, IReadOnlyDictionary<string, string> environment, string stateDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(repositoryRoot, "scripts", "demo.sh"), .. arguments])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["DEMO_STATE_DIR"] = stateDirectory;
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        process.StandardInput.Close();
        return new DemoScript(process, stateDirectory);
    }

    /// <summary>Portal's URL once the script prints it; fails when the script ends first or the timeout passes.</summary>
    public async Task<Uri> WaitUntilRunningAsync(TimeSpan timeout)
    {
        try
        {
            return await running.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The demo script did not print \"{RunningPrefix}...\" within {timeout.TotalSeconds} s.");
        }
    }

    /// <summary>Sends SIGTERM, as a supervisor or <c>kill</c> would, and returns the script's exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        await SignalAsync("-TERM", process.Id.ToString(CultureInfo.InvariantCulture));
        using var guard = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The demo script did not exit within {timeout.TotalSeconds} s of SIGTERM.");
        }

        await Task.WhenAll(outputPump, errorPump);
        return process.ExitCode;
    }

    /// <summary>Every process still alive (or unreaped) in the process groups of the script's children.</summary>
    public IReadOnlyList<string> ProcessesLeftBehind()
    {
        var names = Children.ToDictionary(c => c.Pid, c => c.Name);
        return [.. ProcessesInGroups(names.Keys).Select(p => $"pid {p.Pid} ({p.Command}, state {p.State}) in the group of {names[p.Group]}")];
    }

    /// <summary>What the script printed and the tail of each log it wrote, for a failure report.</summary>
    public string Transcript()
    {
        var report = new StringBuilder();
        lock (transcript)
        {
            report.Append(transcript);
        }

        if (Directory.Exists(StateDirectory))
        {
            foreach (var log in Directory.EnumerateFiles(StateDirectory, "*.log").Order(StringComparer.Ordinal))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"--- {Path.GetFileName(log)} (last 40 lines) ---");
                foreach (var line in File.ReadLines(log).TakeLast(40))
                {
                    report.AppendLine(line);
                }
            }
        }

        return report.ToString();
    }

    /// <summary>
    /// Cleans up after a test that failed before a clean stop: SIGTERM first (the script then stops its children); as a
    /// last resort SIGKILL to the script's process tree and to any child process group still there, for a script that
    /// did not stop in time or ended without stopping what it started.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await SignalAsync("-TERM", process.Id.ToString(CultureInfo.InvariantCulture));
            using var graceful = new CancellationTokenSource(TimeSpan.FromSeconds(40));
            try
            {
                await process.WaitForExitAsync(graceful.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        foreach (var group in ProcessesInGroups(Children.Select(c => c.Pid)).Select(p => p.Group).Distinct().ToList())
        {
            await SignalAsync("-KILL", "--", "-" + group.ToString(CultureInfo.InvariantCulture));
        }

        await Task.WhenAll(outputPump, errorPump);
        process.Dispose();
        if (Directory.Exists(StateDirectory))
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
    }

    private static IEnumerable<(int Pid, string Command, string State, int Group)> ProcessesInGroups(IEnumerable<int> groups)
    {
        var wanted = groups.ToHashSet();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // gone while listing
            }

            // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so parse after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var group = int.Parse(fields[2], CultureInfo.InvariantCulture);
            if (wanted.Contains(group))
            {
                yield return (pid, stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')], fields[0], group);
            }
        }
    }

    private static async Task SignalAsync(params string[] arguments)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", arguments) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
    }

    private async Task PumpOutputAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (transcript)
            {
                transcript.AppendLine(line);
                if (StartedLine().Match(line) is { Success: true } started)
                {
                    children.Add((started.Groups["name"].Value, int.Parse(started.Groups["pid"].Value, CultureInfo.InvariantCulture)));
                }
            }

            if (line.StartsWith(RunningPrefix, StringComparison.Ordinal))
            {
                running.TrySetResult(new Uri(line[RunningPrefix.Length..].Trim()));
            }
        }

        running.TrySetException(new InvalidOperationException("The demo script ended before Portal was running."));
    }

    private async Task PumpErrorsAsync()
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            lock (transcript)
            {
                transcript.Append("stderr: ").AppendLine(line);
            }
        }
    }

    [GeneratedRegex(@"^Started (?<name>.+), pid (?<pid>\d+)$")]
    private static partial Regex StartedLine();
}
