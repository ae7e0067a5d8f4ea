using System.Buffers;
using System.Diagnostics;

namespace Portal.LoadRun.Load;

/// <summary>
/// Open-loop load: requests are sent at a fixed rate, spread evenly, each at its scheduled time whether or not earlier
/// ones were answered, over at most the settings' client count of connections (a request that finds them all busy waits
/// for one). A request's latency runs from its scheduled time, not from when it could be sent, so a server that falls
/// behind shows it in the latencies instead of slowing the load down (no coordinated omission). The scheduler sleeps
/// rather than spins, so it takes no CPU from the server; a send it makes late is still timed from its scheduled time.
/// The warm-up is <see cref="WarmUp"/>'s. The requests scheduled in the measured interval give the latencies; the good answers completed within it the
/// achieved rate, and with the server's CPU time and allocations over it their cost per request.
/// </summary>
internal static class OpenLoopGenerator
{
    public static async Task<TargetResult> RunAsync(
        HttpClient client, LoadTarget target, SignedInCookie cookie, LoadRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(settings);
        var start = Stopwatch.GetTimestamp();
        var interval = new MeasuredInterval();
        var ticksBetween = (double)Stopwatch.Frequency / settings.Rate;
        var requests = new List<Task<Outcome>>();

        var schedule = new Thread(() =>
        {
            for (var i = 0; !cancellationToken.IsCancellationRequested; i++)
            {
                var due = start + (long)(i * ticksBetween);
                if (due >= interval.Until)
                {
                    return;
                }

                var wait = LoadGenerator.Until(due);
                if (wait > TimeSpan.Zero)
                {
                    Thread.Sleep(wait);
                }

                requests.Add(SendAsync(client, target, cookie.Header, due, cancellationToken));
            }
        })
        {
            IsBackground = true,
            Name = "open-loop schedule",
        };
        schedule.Start();

        var warmUp = await WarmUp.RunAsync(target, settings.Warmup, cancellationToken);
        await cookie.RenewAsync(cancellationToken);
        var measurement = await Measurement.StartAsync(target, interval, settings.Duration, cancellationToken);
        var server = await measurement.EndAsync(cancellationToken);

        schedule.Join();
        cancellationToken.ThrowIfCancellationRequested();
        var outcomes = await Task.WhenAll(requests);

        var scheduled = new ClientLog(outcomes.Length);
        var answeredWithin = 0L;
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is null && interval.Contains(outcome.Answered))
            {
                answeredWithin++;
            }

            if (outcome.Due < interval.From)
            {
                continue;
            }

            if (outcome.Error is null)
            {
                scheduled.Success(outcome.Answered - outcome.Due);
            }
            else
            {
                scheduled.Failure(outcome.Error);
            }
        }

        return TargetResult.From(target.Name, settings.Duration, server, warmUp, [scheduled]) with
        {
            Requests = answeredWithin,
            OfferedRate = settings.Rate,
        };
    }

    private static async Task<Outcome> SendAsync(HttpClient client, LoadTarget target, string cookieHeader, long due, CancellationToken cancellationToken)
    {
        // Off the scheduler's thread at once: it must be back on time for the next send.
        await Task.Yield();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var error = await LoadGenerator.RequestAsync(client, target, cookieHeader, buffer, cancellationToken);
            return new Outcome(due, Stopwatch.GetTimestamp(), error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One request: when it was due, when its answer was read, and what was wrong with it (null: nothing).</summary>
    private readonly record struct Outcome(long Due, long Answered, string? Error);
}
