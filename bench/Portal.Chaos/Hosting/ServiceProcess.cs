using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.Chaos.Hosting;

/// <summary>
/// One part of the stack as a real process (nats-server, a demo backend, a Portal instance). Its output is drained and
/// counted in bytes, the last lines kept for error messages. It can be frozen (SIGSTOP), thawed (SIGCONT), killed
/// (SIGKILL) and started again with the same command line; a final stop is SIGTERM, then a kill.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private const int KeptLines = 100;

    // Failure guards only: a start takes seconds on a busy machine.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly ProcessStartInfo start;
    private readonly Queue<string> lastLines = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> awaited = [];
    private Process process;
    private long outputBytes;

    private ServiceProcess(string name, ProcessStartInfo start)
    {
        Name = name;
        this.start = start;
        process = Launch();
    }

    public string Name { get; }

    /// <summary>Bytes written to stdout and stderr so far, over every run of the process (a newline counts one).</summary>
    public long OutputBytes => Interlocked.Read(ref outputBytes);

    public string LastLines
    {
        get
        {
            lock (lastLines)
            {
                return string.Join(Environment.NewLine, lastLines);
            }
        }
    }

    public static ServiceProcess Start(
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

        return new ServiceProcess(name, start);
    }

    /// <summary>The first line of the current run that contains <paramref name="text"/>, waiting for it if need be.</summary>
    public async Task<string> WaitForLineAsync(string text, CancellationToken cancellationToken)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (lastLines)
        {
            if (lastLines.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            awaited.Add((text, seen));
        }

        try
        {
            await seen.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not print \"{text}\" within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{LastLines}");
        }

        lock (lastLines)
        {
            return lastLines.Last(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>Polls <paramref name="address"/> until it answers 200.</summary>
    public async Task WaitUntilOkAsync(Uri address, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode}:{Environment.NewLine}{LastLines}");
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

            // The polling interval of a bounded readiness probe, not synchronisation.
            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer {address} with 200 within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{LastLines}");
    }

    public Task FreezeAsync() => SignalAsync("STOP");

    public Task ThawAsync() => SignalAsync("CONT");

    /// <summary>SIGKILL: no goodbye to anyone; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The same command line again, as a supervisor would restart it.</summary>
    public void Restart()
    {
        lock (lastLines)
        {
            lastLines.Clear();
        }

        process.Dispose();
        process = Launch();
    }

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

            for (var i = awaited.Count - 1; i >= 0; i--)
            {
                if (line.Contains(awaited[i].Text, StringComparison.Ordinal))
                {
                    awaited[i].Seen.TrySetResult();
                    awaited.RemoveAt(i);
                }
            }
        }
    }
}
