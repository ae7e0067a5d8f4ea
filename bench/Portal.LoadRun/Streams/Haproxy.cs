using System.Globalization;
using Portal.LoadRun.Hosting;

namespace Portal.LoadRun.Streams;

/// <summary>HAProxy in front of the instances, and what its stats page (CSV) says: each server's state and open connections.</summary>
internal sealed class Haproxy(ChildProcess process, Uri statsCsv) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public ChildProcess Process { get; } = process;

    public void Dispose() => http.Dispose();

    /// <summary>The most connections the <c>portal</c> frontend accepts (HAProxy derives it from its file-descriptor limit).</summary>
    public async Task<int> FrontendLimitAsync(CancellationToken cancellationToken)
    {
        var frontend = (await RowsAsync(cancellationToken)).Single(row => row["pxname"] == "portal" && row["svname"] == "FRONTEND");
        return int.Parse(frontend["slim"], CultureInfo.InvariantCulture);
    }

    /// <summary>Each Portal instance's state (UP, DOWN, ...) and current connections, by server name.</summary>
    public async Task<IReadOnlyDictionary<string, (string Status, int Connections)>> ServersAsync(CancellationToken cancellationToken) =>
        (await RowsAsync(cancellationToken))
            .Where(row => row["pxname"] == "portal" && row["svname"] is not ("FRONTEND" or "BACKEND"))
            .ToDictionary(row => row["svname"], row => (row["status"], int.Parse(row["scur"], CultureInfo.InvariantCulture)));

    /// <summary>Until HAProxy counts every instance up (two good /readyz checks 500 ms apart each); a failure guard of 30 s.</summary>
    public async Task WaitUntilAllUpAsync(CancellationToken cancellationToken)
    {
        for (var tries = 0; tries < 300; tries++)
        {
            if ((await ServersAsync(cancellationToken)).Values.All(server => server.Status == "UP"))
            {
                return;
            }

            // The polling interval of a bounded wait on HAProxy's checks, which run every 500 ms.
            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("HAProxy did not count every Portal instance up within 30 s.");
    }

    private async Task<List<Dictionary<string, string>>> RowsAsync(CancellationToken cancellationToken)
    {
        var lines = (await http.GetStringAsync(statsCsv, cancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimStart('#', ' ').Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second))];
    }
}
