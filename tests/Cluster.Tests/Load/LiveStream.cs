using System.Net;
using System.Net.Http.Headers;

namespace Portal.Cluster.Tests.Load;

/// <summary>
/// One page's live stream (<c>GET /t/{tenant}/events</c>) through HAProxy, kept open as live.js keeps it: when the
/// stream ends or is refused it opens a new one, which HAProxy sends to an instance that is up. Records when it was
/// ready, cut and interrupted, every broadcast it received (to find one received twice), and any sign-out.
/// </summary>
internal sealed class LiveStream : IAsyncDisposable
{
    private readonly PortalUser user;
    private readonly Phases phases;
    private readonly CancellationTokenSource stop = new();
    private readonly HashSet<string> broadcasts = [];
    private readonly Task reading;
    private TimeSpan? cutAt;

    public LiveStream(PortalUser user, string tenant, Phases phases)
    {
        this.user = user;
        this.phases = phases;
        Name = $"{user.Email} on {tenant}";
        Path = $"/t/{tenant}/events";
        reading = Task.Run(ReadAsync);
    }

    public string Name { get; }

    public string Path { get; }

    /// <summary>True while a stream is open and has said <c>ready</c>.</summary>
    public bool IsOpen { get; private set; }

    public int Broadcasts { get; private set; }

    public int Duplicates { get; private set; }

    public int SignOuts { get; private set; }

    /// <summary>For each cut (the stream ended, failed or was refused), how long until the next <c>ready</c>.</summary>
    public List<(TimeSpan CutAt, TimeSpan Gap)> Gaps { get; } = [];

    /// <summary>When the stream said <c>interrupted</c>: it stayed open through a NATS outage and its subscription is back.</summary>
    public List<TimeSpan> Interruptions { get; } = [];

    /// <summary>When the stream said <c>reconnect</c>: its instance was stopping.</summary>
    public List<TimeSpan> Reconnects { get; } = [];

    /// <summary>Closes the stream for good; its figures are final after this.</summary>
    public async Task StopAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }

        await reading;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    private async Task ReadAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await ReadOneStreamAsync();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is HttpRequestException or IOException or TaskCanceledException)
            {
                // Cut: opened again below, as EventSource would.
            }

            IsOpen = false;
            cutAt ??= phases.Now;
            if (!stop.IsCancellationRequested)
            {
                // Before opening a new stream, as live.js waits after a refusal: keeps a refused stream from spinning.
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    private async Task ReadOneStreamAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var answer = await user.Browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        if (answer.StatusCode == HttpStatusCode.Redirect && answer.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true)
        {
            SignOuts++;
            return;
        }

        if (answer.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        await using var body = await answer.Content.ReadAsStreamAsync(stop.Token);
        using var reader = new StreamReader(body);
        string? eventName = null;
        string? data = null;
        while (await reader.ReadLineAsync(stop.Token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventName = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data = line["data:".Length..].Trim();
            }
            else if (line.Length == 0)
            {
                Dispatch(eventName, data);
                eventName = null;
                data = null;
            }
        }
    }

    private void Dispatch(string? eventName, string? data)
    {
        var now = phases.Now;
        switch (eventName)
        {
            case "ready":
                IsOpen = true;
                if (cutAt is { } cut)
                {
                    Gaps.Add((cut, now - cut));
                    cutAt = null;
                }

                break;
            case "interrupted":
                Interruptions.Add(now);
                break;
            case "reconnect":
                Reconnects.Add(now);
                break;
            case "signed-out":
                SignOuts++;
                break;
            case null when data is not null:
                Broadcasts++;
                if (!broadcasts.Add(data))
                {
                    Duplicates++;
                }

                break;
        }
    }
}
