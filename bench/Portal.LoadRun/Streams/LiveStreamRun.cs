using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using NATS.Client.Core;
using Portal.LoadRun.Hosting;
using Portal.LoadRun.Load;
using Portal.LoadRun.Report;

namespace Portal.LoadRun.Streams;

/// <summary>
/// The live-stream run: the load run's stack (nats-server, the demo backend without its own broadcasts, Portal), one
/// sign-in, then <see cref="LoadRunSettings.Streams"/> open live streams of the practice on bare sockets spread over
/// several loopback source addresses. It measures Portal's RSS before and with the streams open, publishes numbered
/// broadcasts on NATS (as the demo backend's broadcaster does) and times each from publish to the last stream that
/// receives it, and times the dashboard before and while the streams are open. The report goes to stdout, with the load
/// average next to every figure: the machine may be shared.
/// </summary>
internal static class LiveStreamRun
{
    private const int OpeningAtOnce = 32;
    private const int DashboardRequests = 200;
    private const int SourceAddresses = 4;

    // Failure guard only: a broadcast that has not reached every stream by then is reported as such.
    private static readonly TimeSpan ArrivalGuard = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BetweenBroadcasts = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ReverificationRound = TimeSpan.FromSeconds(75);

    public static async Task<int> RunAsync(LoadRunSettings settings, CancellationToken cancellationToken)
    {
        var fileLimit = FileDescriptorLimit.RaiseToHardLimit();
        if (fileLimit < (ulong)settings.Streams + 1024)
        {
            throw new InvalidOperationException($"RLIMIT_NOFILE's hard limit is {fileLimit}: too few for {settings.Streams} streams (raise it with ulimit -Hn as root).");
        }

        var layout = RepositoryLayout.Locate();
        if (settings.Cluster)
        {
            Progress($"File descriptors: {fileLimit} (inherited by every process). Starting three nats-server nodes, the demo backend, three Portal instances and HAProxy ({layout.Configuration})...");
            await using var cluster = await LoadCluster.StartAsync(layout, cancellationToken);
            using var balancer = new Haproxy(cluster.Haproxy, cluster.StatsPage);
            await balancer.WaitUntilAllUpAsync(cancellationToken);

            // Each proxied stream is two descriptors in HAProxy (the browser's side and Portal's), so its limit, derived
            // from RLIMIT_NOFILE, is about half of it.
            var accepted = await balancer.FrontendLimitAsync(cancellationToken);
            if (settings.Streams + settings.Clients + 16 > accepted)
            {
                throw new InvalidOperationException(
                    $"HAProxy accepts at most {accepted:N0} connections with RLIMIT_NOFILE at {fileLimit} (two descriptors a proxied stream): " +
                    $"run at most --streams {accepted - settings.Clients - 16} here, or raise the hard limit.");
            }

            return await MeasureAsync(settings, layout, new StreamTarget(cluster.Address, cluster.NatsUrl, cluster.Portals, balancer), cancellationToken);
        }

        Progress($"File descriptors: {fileLimit} (inherited by Portal). Starting nats-server, the demo backend and Portal ({layout.Configuration})...");
        await using var stack = await LoadStack.StartAsync(layout, cancellationToken);
        return await MeasureAsync(settings, layout, new StreamTarget(stack.PortalUrl, stack.NatsUrl, [stack.Portal], null), cancellationToken);
    }

    private static async Task<int> MeasureAsync(LoadRunSettings settings, RepositoryLayout layout, StreamTarget target, CancellationToken cancellationToken)
    {
        Progress($"{target.Describe()} ready; signing in as {DemoAccount.Email}.");
        var cookieHeader = await PortalLogin.SignInAsync(target.Entry, DemoAccount.Email, DemoAccount.Password, cancellationToken);

        using var client = LoadGenerator.CreateClient(settings.Clients);
        var report = new StringBuilder();
        Figure(report, $"Portal RSS after start and sign-in: {Resident(target)}");
        var (page, dashboard) = await TimedPageAsync(client, target.Entry, cookieHeader, report, cancellationToken);
        var quiet = await DashboardAsync(client, dashboard, cookieHeader, settings.Clients, cancellationToken);
        Figure(report, $"{page} without streams ({DashboardRequests} requests, {settings.Clients} clients): {quiet}");
        var before = TotalResident(target);
        Figure(report, $"Portal RSS before the streams: {Resident(target)}");

        Progress($"Opening {settings.Streams:N0} live streams...");
        var opening = Stopwatch.StartNew();
        var streams = await OpenStreamsAsync(target.Entry, cookieHeader, settings.Streams, cancellationToken);
        var arrivals = new BroadcastArrivals(settings.Broadcasts, streams.Count);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readers = streams.Select(stream => Task.Run(() => stream.ReadAsync(arrivals.Arrived, reading.Token), CancellationToken.None)).ToArray();
        Figure(report, string.Create(CultureInfo.InvariantCulture, $"{streams.Count:N0} streams open (each past its `ready` event) in {opening.Elapsed.TotalSeconds:F1} s"));
        if (target.Balancer is { } balancer)
        {
            var servers = await balancer.ServersAsync(cancellationToken);
            Figure(report, "open connections HAProxy counts on each instance: " + string.Join(", ", servers.Select(server => $"{server.Key} {server.Value.Connections:N0}")));
        }

        // Let the opening's garbage be collected before reading the resident size.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var open = TotalResident(target);
        Figure(report, string.Create(
            CultureInfo.InvariantCulture,
            $"Portal RSS with {streams.Count:N0} streams open: {Resident(target)} ({(open - before) / 1024.0 / streams.Count:F1} KB a stream over the RSS before)"));
        if (target.Balancer is { } proxy)
        {
            Figure(report, $"HAProxy RSS with the streams open: {Megabytes(proxy.Process.ResidentBytes)}");
        }

        var lastArrivals = await BroadcastAsync(target.NatsUrl, settings.Broadcasts, arrivals, streams.Count, report, cancellationToken);
        Figure(report, "publish to the last stream, over the broadcasts: " + Summary(lastArrivals));

        var loaded = await DashboardAsync(client, dashboard, cookieHeader, settings.Clients, cancellationToken);
        Figure(report, $"{page} with the streams open ({DashboardRequests} requests, {settings.Clients} clients): {loaded}");
        Figure(report, $"Portal RSS after the broadcasts and the page timing: {Resident(target)}");

        // Every stream re-verifies its token LIVE_REVERIFY_SECONDS (60 by default) after it opened: past that, the
        // figures include one round of 10,000 token checks and their keep-alives.
        var untilReverified = ReverificationRound - opening.Elapsed;
        if (untilReverified > TimeSpan.Zero)
        {
            Progress($"Waiting {untilReverified.TotalSeconds:F0} s for the streams' first token re-verification...");
            await Task.Delay(untilReverified, cancellationToken);
        }

        Figure(report, string.Create(
            CultureInfo.InvariantCulture,
            $"Portal RSS {ReverificationRound.TotalSeconds:F0} s after the first stream opened (one re-verification round done): {Resident(target)}"));
        var ended = streams.Count(stream => stream.EndedWith is not null);
        Figure(report, $"streams Portal ended during the run: {ended}");
        var duplicates = streams.Sum(stream => stream.Duplicates);
        Figure(report, $"broadcasts a stream received more than once: {duplicates}");

        await reading.CancelAsync();
        await Task.WhenAll(readers);
        foreach (var stream in streams)
        {
            stream.Dispose();
        }

        Console.WriteLine("## Live-stream run");
        Console.WriteLine();
        Console.WriteLine($"`{settings.Command}` ({layout.Configuration}) on {MachineDescription.Describe()}; load average (1/5/15 min) in brackets.");
        Console.WriteLine();
        Console.Write(report);
        return ended == 0 && duplicates == 0 && lastArrivals.Count == settings.Broadcasts ? 0 : 1;
    }

    /// <summary>The RSS of each instance (and their sum when there are several).</summary>
    private static string Resident(StreamTarget target) => target.Portals.Count == 1
        ? Megabytes(target.Portals[0].ResidentBytes)
        : string.Join(", ", target.Portals.Select(portal => $"{portal.Name} {Megabytes(portal.ResidentBytes)}")) + $" (together {Megabytes(TotalResident(target))})";

    private static long TotalResident(StreamTarget target) => target.Portals.Sum(portal => portal.ResidentBytes);

    /// <summary>The dashboard, or the patient list when the dashboard does not answer 200 on this build (said in the report).</summary>
    private static async Task<(string Page, Uri Address)> TimedPageAsync(
        HttpClient client, Uri portal, string cookieHeader, StringBuilder report, CancellationToken cancellationToken)
    {
        var dashboard = new Uri(portal, $"/t/{DemoAccount.Tenant}");
        using var request = new HttpRequestMessage(HttpMethod.Get, dashboard);
        request.Headers.TryAddWithoutValidation("Cookie", cookieHeader);
        using var answer = await client.SendAsync(request, cancellationToken);
        if (answer.StatusCode == HttpStatusCode.OK)
        {
            return ("dashboard", dashboard);
        }

        Figure(report, $"the dashboard answers {(int)answer.StatusCode} on this build: the patient list is timed instead");
        return ("patient list", new Uri(portal, $"/t/{DemoAccount.Tenant}/patients"));
    }

    /// <summary>Opens the streams a few at a time, each from the next of <see cref="SourceAddresses"/> loopback addresses.</summary>
    private static async Task<List<LiveStream>> OpenStreamsAsync(Uri portal, string cookieHeader, int count, CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, portal.Port);
        var path = $"/t/{DemoAccount.Tenant}/events";
        var streams = new LiveStream[count];
        var next = -1;
        async Task OpenSomeAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var source = new IPAddress([127, 0, 0, (byte)(1 + (i % SourceAddresses))]);
                streams[i] = await LiveStream.OpenAsync(source, endpoint, path, cookieHeader, cancellationToken);
                if ((i + 1) % 1000 == 0)
                {
                    Progress($"  {i + 1:N0} open");
                }
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, OpeningAtOnce).Select(_ => OpenSomeAsync()));
        }
        catch
        {
            foreach (var stream in streams)
            {
                stream?.Dispose();
            }

            throw;
        }

        return [.. streams];
    }

    /// <summary>Publishes the numbered broadcasts one after another; answers each one's time to the last stream that got it.</summary>
    private static async Task<List<double>> BroadcastAsync(
        string natsUrl, int broadcasts, BroadcastArrivals arrivals, int streams, StringBuilder report, CancellationToken cancellationToken)
    {
        await using var nats = new NatsConnection(new NatsOpts { Url = natsUrl, Name = "portal-loadrun-broadcasts" });
        await nats.ConnectAsync();
        var subject = "customer.broadcast.dashboard." + DemoAccount.Tenant;
        var times = new List<double>();
        for (var number = 1; number <= broadcasts; number++)
        {
            var payload = Broadcast(number);
            var published = Stopwatch.GetTimestamp();
            await nats.PublishAsync(subject, payload, cancellationToken: cancellationToken);
            try
            {
                await arrivals.AllArrivedAsync(number).WaitAsync(ArrivalGuard, cancellationToken);
                var seconds = Stopwatch.GetElapsedTime(published, arrivals.Latest(number)).TotalSeconds;
                times.Add(seconds);
                Progress(string.Create(CultureInfo.InvariantCulture, $"Broadcast {number}: all {streams:N0} streams in {seconds:F3} s"));
            }
            catch (TimeoutException)
            {
                Figure(report, $"broadcast {number} reached only {arrivals.Count(number):N0} of {streams:N0} streams in {ArrivalGuard.TotalSeconds} s");
            }

            await Task.Delay(BetweenBroadcasts, cancellationToken);
        }

        return times;
    }

    /// <summary>A dashboard activity as the demo backend's broadcaster sends it, its description numbered for the streams to spot.</summary>
    private static byte[] Broadcast(int number)
    {
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "activity",
            data = new
            {
                id = "bench-" + number.ToString(CultureInfo.InvariantCulture),
                type = "note",
                description = LiveStream.Marker + number.ToString(CultureInfo.InvariantCulture),
                timestamp = now,
                user = "Live-stream run",
            },
            timestamp = now,
            tenantId = DemoAccount.Tenant,
        });
    }

    /// <summary><see cref="DashboardRequests"/> dashboard GETs over <paramref name="clients"/> clients; p50/p99 of their times.</summary>
    private static async Task<string> DashboardAsync(HttpClient client, Uri dashboard, string cookieHeader, int clients, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        var refused = new List<HttpStatusCode>();
        var next = -1;
        async Task RequestSomeAsync()
        {
            while (Interlocked.Increment(ref next) < DashboardRequests)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, dashboard);
                request.Headers.TryAddWithoutValidation("Cookie", cookieHeader);
                var started = Stopwatch.GetTimestamp();
                using var answer = await client.SendAsync(request, cancellationToken);
                await answer.Content.ReadAsByteArrayAsync(cancellationToken);
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                lock (times)
                {
                    (answer.StatusCode == HttpStatusCode.OK ? times : null)?.Add(seconds);
                    if (answer.StatusCode != HttpStatusCode.OK)
                    {
                        refused.Add(answer.StatusCode);
                    }
                }
            }
        }

        // A page that is not 200 is reported, not timed: the streams are still measured.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => RequestSomeAsync()));
        return refused.Count == 0
            ? Summary(times)
            : $"{refused.Count} of {DashboardRequests} answered {string.Join(", ", refused.Distinct().Select(code => (int)code))}, not 200; the 200s: {Summary(times)}";
    }

    private static string Summary(List<double> seconds)
    {
        if (seconds.Count == 0)
        {
            return "none";
        }

        seconds.Sort();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"p50 {Percentile(seconds, 0.50) * 1000:F0} ms, p99 {Percentile(seconds, 0.99) * 1000:F0} ms, max {seconds[^1] * 1000:F0} ms (n = {seconds.Count})");
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F0} MB");

    private static void Figure(StringBuilder report, string figure)
    {
        var line = $"- {figure} [{LoadAverage()}]";
        report.AppendLine(line);
        Progress(line);
    }

    private static string LoadAverage() => string.Join('/', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>Progress goes to stderr, so stdout is the report alone.</summary>
    private static void Progress(string message) => Console.Error.WriteLine(message);
}
