using System.Diagnostics;
using System.Net.Http.Headers;

namespace Portal.Chaos.Load;

/// <summary>
/// Signed-in clients, each sending its next page request when the last answer is read, spread over the Portal instances
/// and cycling through a page of both backends (the dashboard), an HTPI page (patients) and a Platform page (billing).
/// Runs until stopped; every answer is kept as a <see cref="Sample"/>.
/// </summary>
internal sealed class ChaosLoad : IAsyncDisposable
{
    // A page that shows a part as unavailable carries this (src/Web/Pages/Shared/_Unavailable.cshtml).
    private const string UnavailableMarker = "class=\"unavailable\"";
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    private readonly Stopwatch clock;
    private readonly HttpClient http;
    private readonly CancellationTokenSource stop = new();
    private readonly List<List<Sample>> samplesPerClient = [];
    private readonly List<Task> clients = [];

    public ChaosLoad(Stopwatch clock, IReadOnlyList<Uri> portals, string cookieHeader, string tenant, int clientCount)
    {
        this.clock = clock;
        http = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            UseProxy = false,
            MaxConnectionsPerServer = clientCount,
        })
        {
            Timeout = ClientTimeout,
        };
        string[] pages = [$"/t/{tenant}", $"/t/{tenant}/patients", $"/t/{tenant}/billing"];
        for (var i = 0; i < clientCount; i++)
        {
            var samples = new List<Sample>();
            samplesPerClient.Add(samples);
            var portal = portals[i % portals.Count];
            var first = i;
            clients.Add(Task.Run(() => RunClientAsync(portal, pages, first, cookieHeader, samples)));
        }
    }

    /// <summary>Every answer so far, in no particular order; call after <see cref="DisposeAsync"/> for all of them.</summary>
    public IReadOnlyList<Sample> Samples => samplesPerClient.SelectMany(samples => samples).ToList();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        http.Dispose();
        stop.Dispose();
    }

    private async Task RunClientAsync(Uri portal, string[] pages, int first, string cookieHeader, List<Sample> samples)
    {
        for (var n = first; !stop.IsCancellationRequested; n++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(portal, pages[n % pages.Length]));
            request.Headers.Add("Cookie", cookieHeader);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            var sent = clock.Elapsed;
            int status;
            var full = false;
            try
            {
                using var answer = await http.SendAsync(request, stop.Token);
                var body = await answer.Content.ReadAsStringAsync(stop.Token);
                status = (int)answer.StatusCode;
                full = status == 200 && !body.Contains(UnavailableMarker, StringComparison.Ordinal);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            samples.Add(new Sample(sent, clock.Elapsed - sent, status, full));
        }
    }
}
