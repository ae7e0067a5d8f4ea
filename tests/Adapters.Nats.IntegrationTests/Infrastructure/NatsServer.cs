using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Portal.Adapters.Nats.IntegrationTests.Infrastructure;

/// <summary>
/// A real nats-server on a free loopback port, for one test or one test class. Started with <see cref="StartAsync"/>,
/// stopped by its own process id (never by name).
/// </summary>
public sealed class NatsServer : IAsyncDisposable
{
    public const string MissingServerMessage =
        "nats-server is not installed: run `apt-get install nats-server` (or ./portal.sh test, which installs it)";

    private static readonly string[] Candidates = ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly string _binary;
    private readonly string _directory;
    private readonly string? _configFile;
    private readonly List<string> _output = [];
    private Process? _process;

    private NatsServer(string binary, string directory, string? configFile, int port)
    {
        _binary = binary;
        _directory = directory;
        _configFile = configFile;
        Port = port;
    }

    public int Port { get; }

    /// <summary><c>nats://127.0.0.1:port</c>.</summary>
    public string Url => "nats://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>The temp directory of this server (its config file and anything a test writes next to it).</summary>
    public string Directory => _directory;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The server's recent log lines, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>
    /// Starts nats-server with <paramref name="config"/> (nats-server configuration text, written to a temp file) and
    /// returns once it accepts TCP connections.
    /// </summary>
    public static async Task<NatsServer> StartAsync(string? config = null)
    {
        var binary = Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(MissingServerMessage);
        var directory = Path.Combine(Path.GetTempPath(), "portal-nats-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        string? configFile = null;
        if (config is not null)
        {
            configFile = Path.Combine(directory, "nats.conf");
            await File.WriteAllTextAsync(configFile, config);
        }

        var server = new NatsServer(binary, directory, configFile, FreePort());
        try
        {
            await server.LaunchAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the server (no goodbye to clients) and waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
    }

    public Task StopAsync() => KillAsync();

    /// <summary>Starts the server again on the same port with the same configuration.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        await LaunchAsync();
    }

    /// <summary>Freezes the process (SIGSTOP): its sockets stay open but it answers nothing.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    public Task ResumeAsync() => SignalAsync("CONT");

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await SignalAsync("CONT");
        }

        await KillAsync();
        _process?.Dispose();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo(_binary)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-a");
        start.ArgumentList.Add("127.0.0.1");
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(Port.ToString(CultureInfo.InvariantCulture));
        if (_configFile is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(_configFile);
        }

        _process?.Dispose();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;
        await WaitUntilAcceptingAsync(process);
    }

    private async Task WaitUntilAcceptingAsync(Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nats-server exited with code {process.ExitCode}:{Environment.NewLine}{Output}");
            }

            using var probe = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
                await probe.ConnectAsync(IPAddress.Loopback, Port, attempt.Token);
                return;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                if (deadline.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"nats-server did not accept connections on port {Port} within {StartTimeout}:{Environment.NewLine}{Output}", ex);
                }
            }

            // Polling interval of the readiness probe (bounded by StartTimeout), not a synchronisation sleep.
            await Task.Delay(20);
        }
    }

    private async Task SignalAsync(string signal)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200)
            {
                _output.RemoveAt(0);
            }
        }
    }

    /// <summary>A loopback port nobody listens on right now (for cluster routes and the like).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
