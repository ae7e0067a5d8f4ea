using System.Collections.Concurrent;
using System.Diagnostics;
using Polly.CircuitBreaker;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Requests;
using Portal.Adapters.Nats.Resilience;
using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;
using Xunit.Abstractions;

namespace Portal.Adapters.Nats.IntegrationTests.Resilience;

/// <summary>
/// A dashboard service that hangs and then recovers, under a steady load of sign-in checks and dashboard requests,
/// against a real nats-server: the dashboard's breaker opens and closes again; the sign-in check never notices.
/// Asserts on states and outcomes; the times are printed, not asserted.
/// </summary>
public sealed class HungServiceTests(NatsServerFixture nats, ITestOutputHelper output) : IClassFixture<NatsServerFixture>
{
    private const int Clients = 16;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_hung_service_opens_only_its_areas_breaker_and_closing_follows_its_recovery()
    {
        await using var service = await HtpiResponder.ConnectServiceAsync(nats.Url);
        await using var auth = await SwitchableService.StartAsync(service, "htpi.auth.verify", WireSamples.VerifiedToken);
        await using var dashboard = await SwitchableService.StartAsync(service, "htpi.dashboard.get.alerts", WireSamples.Alerts);
        // Only the dashboard's timeout is short, so that its breaker opens soon; the sign-in check's is generous, since
        // the test's point is that it keeps answering, and a loaded machine must not turn a slow answer into a failure.
        await using var portal = await HtpiHarness.StartAsync(nats.Url, new Dictionary<string, string?>
        {
            [HtpiResilienceOptions.SignInTimeoutKey] = "00:00:05",
            [HtpiResilienceOptions.DataTimeoutKey] = "00:00:00.400",
            [HtpiResilienceOptions.BreakerMinimumCallsKey] = "4",
            [HtpiResilienceOptions.BreakerSamplingDurationKey] = "00:00:02",
            [HtpiResilienceOptions.BreakerBreakDurationKey] = "00:00:01",
        });
        var identity = portal.Get<IIdentityProvider>();
        var alerts = portal.Get<IPracticeDashboard>();
        await identity.VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None);
        await alerts.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var outcomes = new ConcurrentQueue<(string Area, TimeSpan Sent, TimeSpan Took, string Outcome)>();
        using var stopLoad = new CancellationTokenSource();
        var refusedAtOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Call(string area, Func<Task> request)
        {
            var sent = clock.Elapsed;
            string outcome;
            try
            {
                await request();
                outcome = "ok";
            }
            catch (BackendUnavailableException unavailable)
            {
                outcome = unavailable.Message;
                if (outcome.Contains(HtpiFailures.CircuitOpenReason, StringComparison.Ordinal))
                {
                    refusedAtOnce.TrySetResult();
                }
            }

            outcomes.Enqueue((area, sent, clock.Elapsed - sent, outcome));
        }

        var load = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (!stopLoad.IsCancellationRequested)
            {
                await Call("auth", () => identity.VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None));
                await Call("dashboard", () => alerts.GetAlertsAsync(TestScope.Of(), CancellationToken.None));
            }
        })).ToList();

        var opened = portal.Log.Next(4201, "dashboard");
        var hungAt = clock.Elapsed;
        dashboard.Hung = true;
        await opened.WaitAsync(Guard);
        var openedAfter = clock.Elapsed - hungAt;

        Assert.Equal(CircuitState.Open, portal.Breakers.StateOf(HtpiArea.Dashboard));
        Assert.Equal(CircuitState.Closed, portal.Breakers.StateOf(HtpiArea.Auth));
        await refusedAtOnce.Task.WaitAsync(Guard);

        var closed = portal.Log.Next(4202, "dashboard");
        var recoveredAt = clock.Elapsed;
        dashboard.Hung = false;
        await closed.WaitAsync(Guard);
        var closedAfter = clock.Elapsed - recoveredAt;
        await stopLoad.CancelAsync();
        await Task.WhenAll(load).WaitAsync(Guard);

        await alerts.GetAlertsAsync(TestScope.Of(), CancellationToken.None);
        var during = outcomes.Where(o => o.Sent >= hungAt && o.Sent < recoveredAt).ToList();
        var authDuring = during.Where(o => o.Area == "auth").ToList();
        var dashboardDuring = during.Where(o => o.Area == "dashboard").ToList();
        Assert.NotEmpty(authDuring);
        Assert.All(authDuring, o => Assert.Equal("ok", o.Outcome));
        Assert.Contains(dashboardDuring, o => o.Outcome.Contains(HtpiFailures.CircuitOpenReason, StringComparison.Ordinal));
        Assert.Equal(CircuitState.Closed, portal.Breakers.StateOf(HtpiArea.Dashboard));

        output.WriteLine($"{Clients} clients; dashboard hung at {hungAt.TotalSeconds:F2} s, breaker opened {openedAfter.TotalSeconds:F2} s later");
        output.WriteLine($"dashboard answering again at {recoveredAt.TotalSeconds:F2} s, breaker closed {closedAfter.TotalSeconds:F2} s later");
        output.WriteLine($"while hung: {authDuring.Count} sign-in checks, all answered, slowest {authDuring.Max(o => o.Took).TotalMilliseconds:F0} ms; " +
            $"{dashboardDuring.Count} dashboard requests, {dashboardDuring.Count(o => o.Outcome.Contains(HtpiFailures.CircuitOpenReason, StringComparison.Ordinal))} refused at once, " +
            $"{dashboardDuring.Count(o => o.Outcome.Contains("timed out", StringComparison.Ordinal))} timed out");
    }
}
