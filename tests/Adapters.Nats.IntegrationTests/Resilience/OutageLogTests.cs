using Microsoft.Extensions.Logging;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Resilience;
using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Patients.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Xunit.Abstractions;

namespace Portal.Adapters.Nats.IntegrationTests.Resilience;

/// <summary>
/// What HTPI requests log while their services are out (timeouts, no responders, NATS gone, breakers open): a few lines
/// per area, none carrying an exception, however many requests fail.
/// </summary>
public sealed class OutageLogTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int RequestsPerArea = 600;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly FakeMessageBus bus = new();
    private readonly ManualClock clock = new(Adapter.Now);
    private HtpiHarness harness = null!;

    public Task InitializeAsync()
    {
        harness = HtpiHarness.Over(bus, clock, new Dictionary<string, string?>
        {
            [HtpiResilienceOptions.FailureLogIntervalKey] = HtpiHarness.Duration(Interval),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_minute_of_failing_requests_in_three_areas_logs_a_few_lines_per_area_without_exceptions()
    {
        bus.Answer = request => request.Subject switch
        {
            "htpi.auth.verify" => throw new RequestTimedOutException(request.Subject),
            "htpi.patient.list" => throw new NoRespondersException(request.Subject),
            _ => throw new ConnectionLostException(request.Subject),
        };

        // 600 requests per area over 60 s of the manual clock: one every 100 ms, as a busy instance sends them.
        for (var i = 0; i < RequestsPerArea; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(
                () => harness.Get<IIdentityProvider>().VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None));
            await Assert.ThrowsAsync<BackendUnavailableException>(
                () => harness.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));
            await Assert.ThrowsAsync<BackendUnavailableException>(
                () => harness.Get<IPracticeDashboard>().GetAlertsAsync(TestScope.Of(), CancellationToken.None));
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        var lines = harness.Log.Lines.Where(line => line.Level >= LogLevel.Information).ToList();
        var characters = lines.Sum(line => line.Length);
        output.WriteLine($"{3 * RequestsPerArea} failed requests over 60 s: {lines.Count} lines, {characters} characters");
        foreach (var line in lines)
        {
            output.WriteLine($"{line.Level} {line.EventId} {line.Message}");
        }

        Assert.All(lines, line => Assert.Null(line.Exception));
        foreach (var area in new[] { "auth", "patients", "dashboard" })
        {
            var unavailable = lines.Count(line => line.EventId == 4203 && Equals(line.Property("Area"), area));
            Assert.InRange(unavailable, 1, 6);
        }

        // A breaker's first open is news; the failed probes after it (every break) are Debug, below what is shown.
        Assert.Equal(2, lines.Count(line => line.EventId == 4201));
        Assert.InRange(lines.Count, 3, 3 * 6 + 2);
        Assert.True(characters < 64 * 1024, $"{characters} characters logged");
    }

    [Fact]
    public async Task Unreadable_answers_are_logged_once_per_area_and_interval_by_kind_and_count_without_their_content()
    {
        var patient = WireSamples.Patient("p-1", TestScope.TenantB);
        bus.Answer = request => request.Subject == "htpi.patient.list"
            ? WireSamples.PatientList(patient)
            : """{"success": true, "alerts": [{"id": "al-1", "title": "Ada Lovelace 123-45-6789"}], "tenantId": "tenant-b"}""";

        for (var i = 0; i < 30; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(
                () => harness.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));
            await Assert.ThrowsAsync<BackendUnavailableException>(
                () => harness.Get<IPracticeDashboard>().GetAlertsAsync(TestScope.Of(), CancellationToken.None));
        }

        clock.Advance(Interval);
        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => harness.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));

        var lines = harness.Log.Lines.Where(line => line.EventId == 4205).ToList();
        Assert.Equal(
            [("patients", 1L), ("dashboard", 1L), ("patients", 30L)],
            lines.Select(line => ((string?)line.Property("Area"), (long?)line.Property("Answers"))).Select(pair => (pair.Item1!, pair.Item2!.Value)));
        Assert.All(lines, line => Assert.Equal(LogLevel.Warning, line.Level));
        Assert.All(lines, line => Assert.Equal("MalformedAnswerException", line.Property("Failure")));
        Assert.All(harness.Log.Lines, line =>
        {
            Assert.Null(line.Exception);
            foreach (var content in new[] { "Ada", "Lovelace", "6789", "tenant-b", "p-1", "Springfield" })
            {
                Assert.DoesNotContain(content, line.Message, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public async Task An_areas_unreadable_answer_and_its_outage_within_one_interval_each_get_their_line()
    {
        var patient = WireSamples.Patient("p-1", TestScope.TenantB);
        bus.Answer = _ => WireSamples.PatientList(patient);
        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => harness.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));
        bus.Fail(new ConnectionLostException("htpi.patient.list"));
        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => harness.Get<IPatientRegistry>().ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));

        Assert.Equal(
            [(4205, "patients"), (4203, "patients")],
            harness.Log.Lines.Where(line => line.EventId is 4203 or 4205).Select(line => (line.EventId, (string?)line.Property("Area"))));
    }

    [Fact]
    public async Task The_next_line_after_an_interval_counts_the_failures_it_did_not_log()
    {
        bus.Fail(new ConnectionLostException("htpi.dashboard.get.alerts"));

        for (var i = 0; i < 50; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(
                () => harness.Get<IPracticeDashboard>().GetAlertsAsync(TestScope.Of(), CancellationToken.None));
        }

        clock.Advance(Interval);
        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => harness.Get<IPracticeDashboard>().GetAlertsAsync(TestScope.Of(), CancellationToken.None));

        var counts = harness.Log.Lines.Where(line => line.EventId == 4203).Select(line => line.Property("Failures")).ToList();
        Assert.Equal([1L, 50L], counts);
        Assert.All(harness.Log.Lines, line => Assert.Contains("connection lost", line.Message, StringComparison.Ordinal));
    }
}
