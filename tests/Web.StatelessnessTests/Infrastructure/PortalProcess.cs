using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Portal.Testing.Support;

namespace Portal.Web.StatelessnessTests.Infrastructure;

/// <summary>
/// One real Portal process (<c>dotnet Portal.Web.dll</c>) on its own port, confined to a sandbox directory: its working
/// directory, HOME, TMPDIR, XDG_* and DOTNET_CLI_HOME all point there, so anything it wrote to disk would show up there.
/// Public so the browser tests start Portal with this same helper.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    // Failure guards only: a start takes a few seconds on a busy machine, a graceful stop well under one.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private static readonly string[] SandboxVariables =
        ["HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "DOTNET_CLI_HOME"];

    private readonly Process process;
    private readonly StringBuilder output = new();

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process printed so far, for failure messages.</summary>
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
    /// Starts Portal with <paramref name="settings"/> on <paramref name="port"/>, with the sandbox as its working directory,
    /// and returns once /healthz and /readyz answer 200.
    /// </summary>
    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings, int port, string sandbox)
    {
        var start = StartInfo(settings, sandbox);
        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => portal.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await portal.WaitUntilReadyAsync();
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs Portal with <paramref name="settings"/> in <paramref name="sandbox"/> until it exits by itself (a start that
    /// fails), and returns its exit code and everything it printed on standard output and standard error.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> settings, string sandbox)
    {
        var start = StartInfo(settings, sandbox);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(StartTimeout);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Portal did not exit within {StartTimeout.TotalSeconds} s.");
        }

        return (process.ExitCode, await standardOutput + await standardError);
    }

    /// <summary>Stops Portal the way a supervisor does (SIGTERM) and waits until the process is gone.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        await SignalStopAsync();
        await WaitForExitAsync();
    }

    /// <summary>Sends SIGTERM, as a supervisor does, and returns at once.</summary>
    public async Task SignalStopAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits until the process is gone and returns its exit code; a hang past the stop guard kills it and fails.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var guard = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(guard.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Portal on {Address} did not exit within {StopTimeout.TotalSeconds} s of SIGTERM:{Environment.NewLine}{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>The repository's Portal.Web.dll for the configuration this test assembly was built in.</summary>
    public static string WebBinary()
    {
        var configuration = typeof(PortalProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var binary = Path.Combine(WebProjectDirectory(), "bin", configuration, "net10.0", "Portal.Web.dll");
        return File.Exists(binary)
            ? binary
            : throw new InvalidOperationException($"{binary} is missing: build src/Web in {configuration} first.");
    }

    /// <summary>The repository's src/Web folder.</summary>
    public static string WebProjectDirectory() => Path.Combine(RepositoryRoot.Find(), "src", "Web");

    private async Task WaitUntilReadyAsync()
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var elapsed = Stopwatch.StartNew();
        foreach (var path in new[] { "/healthz", "/readyz" })
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Portal on {Address} exited with code {process.ExitCode}:{Environment.NewLine}{Output}");
                }

                try
                {
                    using var answer = await probe.GetAsync(new Uri(Address, path));
                    if (answer.StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening but not answering yet.
                }

                if (elapsed.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"Portal on {Address} did not answer {path} with 200 within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output}");
                }

                // Polling interval of a bounded readiness probe, not synchronisation.
                await Task.Delay(50);
            }
        }
    }

    private void Remember(string? line)
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

    /// <summary>Portal's own binary, run in <paramref name="sandbox"/> (also its HOME and TMPDIR) with <paramref name="settings"/>.</summary>
    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, string sandbox)
    {
        var start = new ProcessStartInfo("dotnet", [WebBinary()])
        {
            WorkingDirectory = sandbox,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var variable in SandboxVariables)
        {
            start.Environment[variable] = sandbox;
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
