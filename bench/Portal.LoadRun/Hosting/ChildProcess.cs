using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Portal.LoadRun.Hosting;

/// <summary>
/// A process the load run started (the demo backend, Portal, the bare endpoint). Its output is drained and the last lines
/// are kept for error messages; it is stopped with SIGTERM, as a supervisor would, and killed if it does not go.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    // Failure guards only: a start takes a few seconds on a busy machine, a graceful stop well under one.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private readonly List<(string Prefix, TaskCompletionSource<string> Found)> awaitedLines = [];

    private ChildProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    /// <summary>The CPU time the process has used so far, user and system.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines it printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (lastLines)
            {
                return string.Join(Environment.NewLine, lastLines);
            }
        }
    }

    public static ChildProcess Start(
        string name, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, line) => child.Receive(line.Data);
        process.ErrorDataReceived += (_, line) => child.Receive(line.Data);
        process.Exited += (_, _) => child.FailAwaitedLines();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The first line the process printed that starts with <paramref name="prefix"/>, waiting for it if need be.</summary>
    public async Task<string> WaitForLineAsync(string prefix, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (lastLines)
        {
            if (lastLines.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal)) is { } seen)
            {
                return seen;
            }

            // Added before the exit check: an exit after it fails the awaited line (FailAwaitedLines).
            awaitedLines.Add((prefix, found));
        }

        if (process.HasExited)
        {
            FailAwaitedLines();
        }

        try
        {
            return await found.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not print \"{prefix}\" within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>Polls <paramref name="address"/> until it answers 200, failing if the process exits first.</summary>
    public async Task WaitUntilOkAsync(Uri address, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw Exited();
            }

            try
            {
                using var answer = await probe.GetAsync(address, cancellationToken);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }

            if (elapsed.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"{Name} did not answer {address} with 200 within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output}");
            }

            // The polling interval of a bounded readiness probe, not synchronisation.
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>SIGTERM, then up to <see cref="StopTimeout"/> for a graceful exit, then a kill of its whole tree.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
            {
                await signal.WaitForExitAsync();
            }

            using var guard = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(guard.Token);
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"{Name} did not stop within {StopTimeout.TotalSeconds} s of SIGTERM; killing it.");
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > KeptLines)
            {
                lastLines.Dequeue();
            }

            for (var i = awaitedLines.Count - 1; i >= 0; i--)
            {
                if (line.StartsWith(awaitedLines[i].Prefix, StringComparison.Ordinal))
                {
                    awaitedLines[i].Found.TrySetResult(line);
                    awaitedLines.RemoveAt(i);
                }
            }
        }
    }

    private void FailAwaitedLines()
    {
        var exited = Exited();
        lock (lastLines)
        {
            foreach (var (_, found) in awaitedLines)
            {
                found.TrySetException(exited);
            }

            awaitedLines.Clear();
        }
    }

    /// <summary>Why the process is no use any more; waits until its output is drained so the message shows its last words.</summary>
    private InvalidOperationException Exited()
    {
        process.WaitForExit();
        return new InvalidOperationException($"{Name} exited with code {process.ExitCode}:{Environment.NewLine}{Output}");
    }
}
