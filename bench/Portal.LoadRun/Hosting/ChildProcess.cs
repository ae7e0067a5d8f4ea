using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.LoadRun.Hosting;

/// <summary>
/// A process a bench tool started (nats-server, the demo backend, Portal, the bare endpoint). Its output is drained and
/// counted in bytes, the last lines kept for failure messages. It can be frozen (SIGSTOP), thawed (SIGCONT), killed
/// (SIGKILL) and started again with the same command line; a final stop is SIGTERM, as a supervisor would send, then a
/// kill if it does not go. Shared as it is by the load run and the fault run.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    // Failure guards only: a start takes seconds on a busy machine (the fault run starts five processes at once), a
    // graceful stop well under one.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly ProcessStartInfo start;
    private readonly Queue<string> lastLines = new();
    private readonly List<(string Text, TaskCompletionSource<string> Found)> awaitedLines = [];
    private Process process;
    private long outputBytes;

    private ChildProcess(string name, ProcessStartInfo start)
    {
        Name = name;
        this.start = start;
        process = Launch();
    }

    public string Name { get; }

    /// <summary>The CPU time the current run of the process has used so far, user and system.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The id of the current run of the process, for tools attached by hand (dotnet-counters, dotnet-gcdump).</summary>
    public int Id => process.Id;

    /// <summary>The resident set size (RSS) of the current run of the process, in bytes.</summary>
    public long ResidentBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>Bytes written to stdout and stderr so far, over every run of the process (a newline counts one).</summary>
    public long OutputBytes => Interlocked.Read(ref outputBytes);

    /// <summary>The last lines it printed in its current run, for failure messages.</summary>
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
        string name, string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName, arguments)
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

        return new ChildProcess(name, start);
    }

    /// <summary>
    /// The first line of the current run that contains <paramref name="text"/>, waiting for it if need be. Contained,
    /// not leading: nats-server puts a timestamp before its own words.
    /// </summary>
    public async Task<string> WaitForLineAsync(string text, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Process awaitedRun;
        lock (lastLines)
        {
            if (lastLines.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } seen)
            {
                return seen;
            }

            // Added before the exit check: an exit after it fails the awaited line (FailAwaitedLines).
            awaitedLines.Add((text, found));
            awaitedRun = process;
        }

        if (awaitedRun.HasExited)
        {
            FailAwaitedLines(awaitedRun);
        }

        try
        {
            return await found.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not print \"{text}\" within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>Polls <paramref name="address"/> until it answers 200, failing if the process exits first.</summary>
    public async Task WaitUntilOkAsync(Uri address, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var run = process;
            if (run.HasExited)
            {
                throw Exited(run);
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

    public Task FreezeAsync() => SignalAsync("STOP");

    public Task ThawAsync() => SignalAsync("CONT");

    /// <summary>SIGKILL to its whole tree: no goodbye to anyone; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM, as a supervisor stops it, and its exit code once it is gone (a failure guard of <see cref="StopTimeout"/>).</summary>
    public async Task<int> TerminateAsync()
    {
        var run = process;
        await SignalAsync("TERM");
        using var guard = new CancellationTokenSource(StopTimeout + StopTimeout);
        await run.WaitForExitAsync(guard.Token);
        return run.ExitCode;
    }

    /// <summary>The same command line again, as a supervisor would restart it.</summary>
    public void Restart()
    {
        var previous = process;
        lock (lastLines)
        {
            lastLines.Clear();
            process = Launch();
        }

        previous.Dispose();
    }

    /// <summary>SIGCONT (in case it is frozen) and SIGTERM, then up to <see cref="StopTimeout"/> for a graceful exit, then a kill.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await ThawAsync();
            await SignalAsync("TERM");
            using var guard = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(guard.Token);
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"{Name} did not stop within {StopTimeout.TotalSeconds} s of SIGTERM; killing it.");
                await KillAsync();
            }
        }

        process.Dispose();
    }

    private Process Launch()
    {
        var launched = new Process { StartInfo = start, EnableRaisingEvents = true };
        launched.OutputDataReceived += (_, line) => Receive(line.Data);
        launched.ErrorDataReceived += (_, line) => Receive(line.Data);
        launched.Exited += (_, _) => FailAwaitedLines(launched);
        launched.Start();
        launched.BeginOutputReadLine();
        launched.BeginErrorReadLine();
        return launched;
    }

    private async Task SignalAsync(string signal)
    {
        if (process.HasExited)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Add(ref outputBytes, Encoding.UTF8.GetByteCount(line) + 1);
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > KeptLines)
            {
                lastLines.Dequeue();
            }

            for (var i = awaitedLines.Count - 1; i >= 0; i--)
            {
                if (line.Contains(awaitedLines[i].Text, StringComparison.Ordinal))
                {
                    awaitedLines[i].Found.TrySetResult(line);
                    awaitedLines.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Fails what is awaited once <paramref name="exitedRun"/> is gone, unless a restart has replaced it since.</summary>
    private void FailAwaitedLines(Process exitedRun)
    {
        // Killed and restarted: lines awaited now are the new run's, the old run's exit says nothing about them.
        if (!ReferenceEquals(exitedRun, Volatile.Read(ref process)))
        {
            return;
        }

        var exited = Exited(exitedRun);
        lock (lastLines)
        {
            if (!ReferenceEquals(exitedRun, process))
            {
                return;
            }

            foreach (var (_, found) in awaitedLines)
            {
                found.TrySetException(exited);
            }

            awaitedLines.Clear();
        }
    }

    /// <summary>Why the process is no use any more; waits until its output is drained so the message shows its last words.</summary>
    private InvalidOperationException Exited(Process exitedRun)
    {
        exitedRun.WaitForExit();
        return new InvalidOperationException($"{Name} exited with code {exitedRun.ExitCode}:{Environment.NewLine}{Output}");
    }
}
