using System.Diagnostics;

namespace Portal.Cluster.Tests.Hosting;

/// <summary>HAProxy's view of each Portal instance (UP, DOWN, ...), read from its stats page as CSV.</summary>
internal sealed class HaproxyStats(Uri statsPage) : IDisposable
{
    // A failure guard only: HAProxy checks every 500 ms and needs two good checks to count an instance up again.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>Polls until HAProxy reports <paramref name="server"/> (portal-1, ...) with a status starting with <paramref name="status"/>.</summary>
    public async Task WaitForStatusAsync(string server, string status, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        var last = "(no answer)";
        while (elapsed.Elapsed < Timeout)
        {
            last = await StatusAsync(server, cancellationToken);
            if (last.StartsWith(status, StringComparison.Ordinal))
            {
                return;
            }

            // The polling interval of a bounded wait on HAProxy's state, not synchronisation.
            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"HAProxy did not report {server} {status} within {Timeout.TotalSeconds} s; last status: {last}.");
    }

    public void Dispose() => http.Dispose();

    private async Task<string> StatusAsync(string server, CancellationToken cancellationToken)
    {
        var csv = await http.GetStringAsync(new Uri(statsPage, "/stats;csv"), cancellationToken);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimStart('#', ' ').Split(',');
        var statusColumn = Array.IndexOf(header, "status");
        return lines.Skip(1).Select(line => line.Split(','))
            .FirstOrDefault(fields => fields[0] == "portal" && fields[1] == server)?[statusColumn]
            ?? throw new InvalidOperationException($"HAProxy's stats have no server portal/{server}:{Environment.NewLine}{csv}");
    }
}
