using System.Diagnostics;
using System.Net;
using Portal.Testing.Support;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// Portal as a real process with live streams open, stopped with SIGTERM: /readyz turns 503 first, then every stream
/// gets a <c>reconnect</c> event and ends cleanly, and the process exits with code 0. Before this, the streams held the
/// stop for the host's 30 s timeout and then died with a connection reset.
/// </summary>
public sealed class GracefulStopTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Streams = 3;
    private const string EventsPath = "/t/tnt-riverside/events";

    private PortalStack? stack;

    [Fact]
    public async Task Sigterm_turns_readiness_off_tells_open_streams_to_reconnect_and_exits_cleanly()
    {
        var portal = await stack!.StartPortalAsync(new Dictionary<string, string> { ["SHUTDOWN_DELAY"] = "00:00:03" });
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        using (var signIn = await PortalForms.SignInAsync(browser, "dana.whitfield@example.com", "demo-password-1", portal.Address))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var streams = new List<StreamReader>();
        for (var index = 0; index < Streams; index++)
        {
            streams.Add(await OpenStreamAsync(browser, new Uri(portal.Address, EventsPath)));
        }

        var stopping = Stopwatch.StartNew();
        await portal.SignalStopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadinessOnceStoppingAsync(portal));
        foreach (var stream in streams)
        {
            await AssertToldToReconnectAndEndedAsync(stream);
        }

        var exitCode = await portal.WaitForExitAsync();
        stopping.Stop();

        Assert.Equal(0, exitCode);
        output.WriteLine($"Stop with {Streams} open live streams and SHUTDOWN_DELAY 3 s: {stopping.Elapsed.TotalSeconds:0.00} s from SIGTERM to exit.");
        foreach (var stream in streams)
        {
            stream.Dispose();
        }
    }

    public async Task InitializeAsync() => stack = await PortalStack.StartAsync(output);

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
        }
    }

    /// <summary>Opens a live stream and reads it up to its <c>ready</c> event: from then on the stream is live.</summary>
    private static async Task<StreamReader> OpenStreamAsync(HttpClient browser, Uri events)
    {
        var answer = await browser.GetAsync(events, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var reader = new StreamReader(await answer.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line == "event: ready")
            {
                return reader;
            }
        }

        throw new InvalidOperationException($"{events} ended before its ready event.");
    }

    /// <summary>
    /// Asks /readyz until it stops answering 200 (the signal takes a moment to arrive); the process is still serving, so
    /// the answer is what a load balancer sees while Portal drains.
    /// </summary>
    private static async Task<HttpStatusCode> ReadinessOnceStoppingAsync(PortalProcess portal)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var guard = Stopwatch.StartNew();
        while (true)
        {
            using var ready = await probe.GetAsync(new Uri(portal.Address, "/readyz"));
            if (ready.StatusCode != HttpStatusCode.OK || guard.Elapsed > TimeSpan.FromSeconds(15))
            {
                return ready.StatusCode;
            }

            // Polling interval of a bounded probe, not synchronisation.
            await Task.Delay(50);
        }
    }

    /// <summary>Reads past any live event to <c>event: reconnect</c> with data <c>{}</c>, then the stream's clean end.</summary>
    private static async Task AssertToldToReconnectAndEndedAsync(StreamReader stream)
    {
        // A failure guard against a stream that never ends, far beyond any graceful stop.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var lines = new List<string>();
        while (await stream.ReadLineAsync(guard.Token) is { } line)
        {
            lines.Add(line);
        }

        var reconnect = lines.LastIndexOf("event: reconnect");
        Assert.True(reconnect >= 0, "No reconnect event; the stream said:" + Environment.NewLine + string.Join(Environment.NewLine, lines));
        Assert.Equal(["event: reconnect", "data: {}", string.Empty], lines[reconnect..]);
    }
}
