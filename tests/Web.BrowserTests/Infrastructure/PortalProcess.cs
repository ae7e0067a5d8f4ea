using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>Portal's own binary (<c>Portal.Web.dll</c>) running as a child process on a free loopback port.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan HealthPollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private PortalProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    /// <summary>What Portal printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="portalDll"/> in <paramref name="projectDirectory"/>, as <c>dotnet run</c> does: Portal's
    /// content root is its working directory, and its static files (CSS, live.js) are in the project's wwwroot, not in bin.
    /// </summary>
    public static PortalProcess Start(string portalDll, string projectDirectory, int port, IReadOnlyDictionary<string, string> environment)
    {
        var url = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        var start = new ProcessStartInfo("dotnet", [portalDll])
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        return new PortalProcess(process, url);
    }

    /// <summary>Returns once <c>/healthz</c> answers 200; fails when Portal exits first or the timeout passes.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
        using var guard = new CancellationTokenSource(timeout);
        using var poll = new PeriodicTimer(HealthPollInterval);
        do
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Portal exited with code {process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var answer = await http.GetAsync(new Uri("/healthz", UriKind.Relative), guard.Token);
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!guard.IsCancellationRequested)
            {
                // One slow answer; the guard decides when to give up.
            }
            catch (OperationCanceledException) when (guard.IsCancellationRequested)
            {
                break;
            }
        }
        while (await WaitForNextPollAsync(poll, guard.Token));

        throw new TimeoutException($"Portal was not healthy within {timeout.TotalSeconds} s:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(guard.Token);
        process.Dispose();
    }

    private static async Task<bool> WaitForNextPollAsync(PeriodicTimer poll, CancellationToken cancellationToken)
    {
        try
        {
            return await poll.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
