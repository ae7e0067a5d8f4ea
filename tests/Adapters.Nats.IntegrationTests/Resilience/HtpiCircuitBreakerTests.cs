using Polly.CircuitBreaker;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Requests;
using Portal.Adapters.Nats.Resilience;
using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Patients.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.IntegrationTests.Resilience;

/// <summary>The breaker of each HTPI area, step by step on a manual clock over the in-memory bus.</summary>
public sealed class HtpiCircuitBreakerTests : IAsyncLifetime
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(2);

    private readonly FakeMessageBus bus = new();
    private readonly ManualClock clock = new(Adapter.Now);
    private HtpiHarness harness = null!;

    public Task InitializeAsync()
    {
        harness = HtpiHarness.Over(bus, clock, new Dictionary<string, string?>
        {
            [HtpiResilienceOptions.BreakerMinimumCallsKey] = "4",
            [HtpiResilienceOptions.BreakerFailureRatioKey] = "0.5",
            [HtpiResilienceOptions.BreakerSamplingDurationKey] = "00:00:05",
            [HtpiResilienceOptions.BreakerBreakDurationKey] = HtpiHarness.Duration(BreakDuration),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    public static TheoryData<Func<string, MessageBusException>> Outages() => new()
    {
        subject => new RequestTimedOutException(subject),
        subject => new NoRespondersException(subject),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task Repeated_timeouts_or_no_responders_open_the_areas_breaker_and_later_requests_are_refused_unsent(
        Func<string, MessageBusException> outage)
    {
        bus.Fail(outage("htpi.dashboard.get.alerts"));
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);
        }

        Assert.Equal(CircuitState.Open, harness.Breakers.StateOf(HtpiArea.Dashboard));
        var refused = await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);

        Assert.Equal("dashboard", refused.Area);
        Assert.Contains(HtpiFailures.CircuitOpenReason, refused.Message, StringComparison.Ordinal);
        Assert.Null(refused.InnerException);
        Assert.Equal(4, bus.Requests.Count);
    }

    [Fact]
    public async Task An_open_area_leaves_the_other_areas_and_the_sign_in_check_alone()
    {
        await TripDashboardAsync();

        bus.Answer = request => request.Subject == "htpi.auth.verify" ? WireSamples.VerifiedToken : WireSamples.PatientList();
        await harness.Get<IIdentityProvider>().VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None);
        await harness.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(CircuitState.Open, harness.Breakers.StateOf(HtpiArea.Dashboard));
        Assert.All(HtpiArea.All.Where(area => area != HtpiArea.Dashboard), area => Assert.Equal(CircuitState.Closed, harness.Breakers.StateOf(area)));
    }

    [Theory]
    [InlineData("Patient not found")]
    [InlineData("Access denied to tenant")]
    [InlineData("Patient already exists")]
    [InlineData("Invalid or expired token")]
    public async Task Refusals_for_a_business_reason_are_answers_and_never_open_the_breaker(string error)
    {
        bus.AnswerWith(WireSamples.Refusal(error));

        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAnyAsync<PortalException>(
                () => harness.Get<IPatientRegistry>().GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));
        }

        Assert.Equal(CircuitState.Closed, harness.Breakers.StateOf(HtpiArea.Patients));
        Assert.Equal(20, bus.Requests.Count);
    }

    [Fact]
    public async Task A_lost_connection_is_the_buses_outage_and_does_not_open_an_area()
    {
        bus.Fail(new ConnectionLostException("htpi.dashboard.get.alerts"));

        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);
        }

        Assert.Equal(CircuitState.Closed, harness.Breakers.StateOf(HtpiArea.Dashboard));
    }

    [Fact]
    public async Task After_the_break_one_probe_is_sent_and_an_answer_closes_the_breaker()
    {
        await TripDashboardAsync();
        bus.AnswerWith(WireSamples.Alerts);

        clock.Advance(BreakDuration - TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);
        Assert.Equal(4, bus.Requests.Count);

        clock.Advance(TimeSpan.FromMilliseconds(100));
        await GetAlerts();

        Assert.Equal(5, bus.Requests.Count);
        Assert.Equal(CircuitState.Closed, harness.Breakers.StateOf(HtpiArea.Dashboard));
        await GetAlerts();
        Assert.Equal(6, bus.Requests.Count);
    }

    [Fact]
    public async Task A_probe_that_fails_opens_the_breaker_for_another_break()
    {
        await TripDashboardAsync();

        clock.Advance(BreakDuration);
        await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);

        Assert.Equal(CircuitState.Open, harness.Breakers.StateOf(HtpiArea.Dashboard));
        Assert.Equal(5, bus.Requests.Count);
        await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);
        Assert.Equal(5, bus.Requests.Count);
    }

    [Fact]
    public async Task With_the_defaults_a_hang_after_busy_traffic_opens_the_breaker_one_timeout_after_it_began()
    {
        await using var defaults = HtpiHarness.Over(bus, clock, new Dictionary<string, string?>());
        var dashboard = defaults.Get<IPracticeDashboard>();

        // Two seconds of busy traffic, one answer every 10 ms, right up to the moment the service hangs.
        bus.AnswerWith(WireSamples.Alerts);
        for (var i = 0; i < 200; i++)
        {
            await dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        // Hung: only the requests in flight fail, each after the data timeout (3 s).
        bus.Fail(new RequestTimedOutException("htpi.dashboard.get.alerts"));
        clock.Advance(TimeSpan.FromSeconds(3));
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(() => dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None));
        }

        Assert.Equal(CircuitState.Open, defaults.Breakers.StateOf(HtpiArea.Dashboard));
    }

    [Fact]
    public async Task Failures_spread_beyond_the_sampling_duration_do_not_open_the_breaker()
    {
        bus.Fail(new RequestTimedOutException("htpi.dashboard.get.alerts"));

        for (var i = 0; i < 6; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);
            clock.Advance(TimeSpan.FromSeconds(3));
        }

        Assert.Equal(CircuitState.Closed, harness.Breakers.StateOf(HtpiArea.Dashboard));
    }

    [Fact]
    public async Task The_sign_in_check_waits_less_than_data_requests_and_both_stay_under_the_request_timeout()
    {
        bus.Answer = request => request.Subject == "htpi.auth.verify" ? WireSamples.VerifiedToken : WireSamples.Alerts;
        await harness.Get<IIdentityProvider>().VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None);
        await GetAlerts();
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], bus.Requests.Select(request => request.Timeout));

        var capped = new FakeMessageBus { Answer = bus.Answer };
        await using var capping = HtpiHarness.Over(capped, clock, new Dictionary<string, string?>
        {
            [NatsAdapterOptions.RequestTimeoutKey] = "00:00:01",
        });
        await capping.Get<IIdentityProvider>().VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None);
        await capping.Get<IPracticeDashboard>().GetAlertsAsync(TestScope.Of(), CancellationToken.None);
        Assert.All(capped.Requests, request => Assert.Equal(TimeSpan.FromSeconds(1), request.Timeout));
    }

    [Theory]
    [InlineData(HtpiResilienceOptions.SignInTimeoutKey, "00:00:00")]
    [InlineData(HtpiResilienceOptions.DataTimeoutKey, "00:10:00")]
    [InlineData(HtpiResilienceOptions.BreakerMinimumCallsKey, "1")]
    [InlineData(HtpiResilienceOptions.BreakerFailureRatioKey, "0")]
    [InlineData(HtpiResilienceOptions.BreakerFailureRatioKey, "1.5")]
    [InlineData(HtpiResilienceOptions.BreakerSamplingDurationKey, "00:00:00.100")]
    [InlineData(HtpiResilienceOptions.BreakerBreakDurationKey, "00:00:00.500")]
    [InlineData(HtpiResilienceOptions.FailureLogIntervalKey, "00:00:00")]
    public void An_invalid_setting_stops_the_start_naming_it(string key, string value)
    {
        var error = Assert.ThrowsAny<Exception>(() => HtpiHarness.Over(new FakeMessageBus(), clock, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private Task GetAlerts() => harness.Get<IPracticeDashboard>().GetAlertsAsync(TestScope.Of(), CancellationToken.None);

    private async Task TripDashboardAsync()
    {
        bus.Fail(new RequestTimedOutException("htpi.dashboard.get.alerts"));
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(GetAlerts);
        }

        Assert.Equal(CircuitState.Open, harness.Breakers.StateOf(HtpiArea.Dashboard));
    }
}
