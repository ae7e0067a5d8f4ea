using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

/// <summary>
/// During an outage every request fails the same way; the log says so once per area and interval, not once per request,
/// and a call refused by an open circuit is logged without its exception.
/// </summary>
public sealed class OutageLogTests : PlatformTestBase
{
    private const int Calls = 50;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>Behind the real clock the fake Platform checks signatures with, which refuses one more than 2 s ahead.</summary>
    private readonly ManualTimeProvider clock = new(DateTimeOffset.UtcNow.AddSeconds(-120));

    protected override PlatformHarness CreatePortal() => PlatformHarness.Create(
        Platform,
        settings =>
        {
            settings["PLATFORM_API_BREAKER_MINIMUM_CALLS"] = "3";
            settings["PLATFORM_API_BREAKER_SAMPLING_DURATION"] = "00:01:00";
            settings["PLATFORM_API_BREAK_DURATION"] = "00:10:00";
            settings["PLATFORM_API_OUTAGE_LOG_INTERVAL"] = "00:00:10";
        },
        clock);

    [Fact]
    public async Task Calls_refused_by_an_open_circuit_log_one_line_per_area_and_interval_without_the_exception()
    {
        Platform.OnJson("billing/summary/", """{"success": false, "error": "bug"}""", StatusCodes.Status500InternalServerError);
        Platform.OnJson("tickets/summary/", """{"success": false, "error": "bug"}""", StatusCodes.Status500InternalServerError);
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(BillingSummaryAsync);
            await Assert.ThrowsAsync<BackendUnavailableException>(TicketsSummaryAsync);
        }

        var before = AdapterLines(Portal).Count;
        for (var i = 0; i < Calls; i++)
        {
            Assert.Contains("switched off", (await Assert.ThrowsAsync<BackendUnavailableException>(BillingSummaryAsync)).Message, StringComparison.Ordinal);
            Assert.Contains("switched off", (await Assert.ThrowsAsync<BackendUnavailableException>(TicketsSummaryAsync)).Message, StringComparison.Ordinal);
        }

        var whileOpen = AdapterLines(Portal).Skip(before).ToList();
        Assert.Single(whileOpen, e => e.Message.StartsWith("Platform billing", StringComparison.Ordinal));
        Assert.Single(whileOpen, e => e.Message.StartsWith("Platform support", StringComparison.Ordinal));
        Assert.Equal(2, whileOpen.Count);
        Assert.All(whileOpen, AssertNoExceptionText);

        clock.Advance(Interval);
        await Assert.ThrowsAsync<BackendUnavailableException>(BillingSummaryAsync);

        var next = Assert.Single(AdapterLines(Portal).Skip(before + whileOpen.Count));
        Assert.Contains($"{Calls - 1} refusals held back", next.Message, StringComparison.Ordinal);
        AssertNoExceptionText(next);
    }

    [Fact]
    public async Task Repeated_failures_before_the_circuit_opens_log_one_line_per_kind_and_interval_with_the_exception_once()
    {
        // The system clock, so that the retries' waits pass; the interval is longer than the test.
        await using var portal = PlatformHarness.Create(Platform, settings => settings["PLATFORM_API_OUTAGE_LOG_INTERVAL"] = "01:00:00");
        Platform.On(CustomersPath, (context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        for (var i = 0; i < 10; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));
        }

        Assert.Equal(30, Platform.RequestsTo(CustomersPath).Count);
        var unavailable = Assert.Single(AdapterLines(portal), e => e.Message.Contains("is unavailable", StringComparison.Ordinal));
        Assert.IsAssignableFrom<HttpRequestException>(unavailable.Exception);
        Assert.Single(AdapterLines(portal), e => e.Message.Contains("attempt", StringComparison.Ordinal));
        Assert.Equal(2, AdapterLines(portal).Count);
    }

    /// <summary>
    /// The adapter's own lines. IHttpClientFactory's per-attempt lines (System.Net.Http.HttpClient.*, Information and
    /// below) are left to the host's filter, which Web sets to Warning.
    /// </summary>
    private static List<CapturedEntry> AdapterLines(PlatformHarness portal) =>
        portal.Log.Entries.Where(e => e.Category.StartsWith("Portal.", StringComparison.Ordinal)).ToList();

    private static void AssertNoExceptionText(CapturedEntry entry)
    {
        Assert.Null(entry.Exception);
        Assert.DoesNotContain("Exception", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", entry.Message, StringComparison.Ordinal);
    }

    private Task BillingSummaryAsync() => Portal.Get<IBillingLedger>().GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

    private Task TicketsSummaryAsync() => Portal.Get<ISupportDesk>().GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);
}
