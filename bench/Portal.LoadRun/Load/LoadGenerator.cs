using System.Diagnostics;
using System.Net;

namespace Portal.LoadRun.Load;

/// <summary>
/// Closed-loop load: each client sends a request, reads the whole answer, and sends the next. A warm-up runs first and is
/// not recorded (<see cref="WarmUp"/>: until the JIT has settled); then every answer completed within the measured interval counts, a good one with its latency, anything
/// else (a status other than 2xx, a body of another length, a failed connection) as an error. The serving process's CPU
/// time over the same interval gives its CPU cost per request, which other work on the machine disturbs far less than
/// throughput or latency; the bytes it allocated over the interval (where it tells them) its allocation per request, which
/// other work does not disturb at all.
/// </summary>
internal static class LoadGenerator
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A client's answers in a measured interval of ten seconds, with room to spare.</summary>
    private const int ExpectedAnswers = 16_384;

    /// <summary>One pooled connection per client and server, no cookies or redirects of its own: every client sends the same sign-in.</summary>
    public static HttpClient CreateClient(int clients) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = clients,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
        AllowAutoRedirect = false,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = RequestTimeout,
    };

    public static async Task<TargetResult> RunAsync(
        HttpClient client, LoadTarget target, SignedInCookie cookie, LoadRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(settings);
        var interval = new MeasuredInterval();
        var clients = new Task<ClientLog>[settings.Clients];
        for (var i = 0; i < clients.Length; i++)
        {
            clients[i] = Task.Run(() => RunClientAsync(client, target, cookie, interval, ExpectedAnswers, cancellationToken), cancellationToken);
        }

        var warmUp = await WarmUp.RunAsync(target, settings.Warmup, cancellationToken);
        await cookie.RenewAsync(cancellationToken);
        var measurement = await Measurement.StartAsync(target, interval, settings.Duration, cancellationToken);
        var server = await measurement.EndAsync(cancellationToken);
        return TargetResult.From(target.Name, settings.Duration, server, warmUp, await Task.WhenAll(clients));
    }

    /// <summary>
    /// One client's loop: sends until the interval's end, and logs the answers that arrive within it, room for
    /// <paramref name="expectedAnswers"/> made before it starts.
    /// </summary>
    internal static async Task<ClientLog> RunClientAsync(
        HttpClient client, LoadTarget target, SignedInCookie cookie, MeasuredInterval interval, int expectedAnswers, CancellationToken cancellationToken)
    {
        var log = new ClientLog(expectedAnswers);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var sent = Stopwatch.GetTimestamp();
            if (sent >= interval.Until)
            {
                return log;
            }

            var failure = await RequestAsync(client, target, cookie.Header, buffer, cancellationToken);
            var answered = Stopwatch.GetTimestamp();
            if (!interval.Contains(answered))
            {
                continue;
            }

            if (failure is null)
            {
                log.Success(answered - sent);
            }
            else
            {
                log.Failure(failure);
            }
        }
    }

    /// <summary>Null for a good answer; otherwise what was wrong with it.</summary>
    internal static async Task<string?> RequestAsync(
        HttpClient client, LoadTarget target, string cookieHeader, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, target.Address);
            request.Headers.TryAddWithoutValidation("Cookie", cookieHeader);
            using var answer = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await using var body = await answer.Content.ReadAsStreamAsync(cancellationToken);
            long length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
            }

            if (!answer.IsSuccessStatusCode)
            {
                return $"HTTP {(int)answer.StatusCode}";
            }

            return length == target.ExpectedLength
                ? null
                : $"a {length}-byte page instead of {target.ExpectedLength} bytes (a part marked unavailable?)";
        }
        catch (HttpRequestException failure)
        {
            return failure.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {RequestTimeout.TotalSeconds} s";
        }
    }

    internal static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    internal static TimeSpan Until(long timestamp)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
