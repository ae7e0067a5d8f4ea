using Microsoft.Extensions.Options;
using Portal.Web.Configuration;

namespace Portal.Web.Hosting;

/// <summary>
/// A graceful stop, in order: on SIGTERM /readyz answers 503 at once (<see cref="ShutdownReadinessCheck"/>) while
/// Portal keeps serving for SHUTDOWN_DELAY, so the load balancer stops sending it new requests; then every open live
/// stream is told to reconnect (to any instance) and ends cleanly, and only then does Kestrel stop, letting in-flight
/// requests finish. Without this, open streams held the stop until the host's timeout and then died with a reset.
/// </summary>
public sealed class ShutdownDrain(IOptions<WebOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock)
    : IHostedLifecycleService, IDisposable
{
    /// <summary>How long in-flight requests get after the delay before the host gives up on them.</summary>
    public static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource streamsEnd = new();
    private volatile bool stopping;

    /// <summary>Cancelled once the delay is over: open streams say "reconnect" and end.</summary>
    public CancellationToken StreamsEnd => streamsEnd.Token;

    /// <summary>True from the moment the stop begins: readiness answers 503 from then on.</summary>
    public bool IsStopping => stopping || lifetime.ApplicationStopping.IsCancellationRequested;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        try
        {
            await Task.Delay(options.Value.ShutdownDelay ?? WebOptions.DefaultShutdownDelay, clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's own shutdown timeout ran out first: the streams end now.
        }

        await streamsEnd.CancelAsync();
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => streamsEnd.Dispose();
}
