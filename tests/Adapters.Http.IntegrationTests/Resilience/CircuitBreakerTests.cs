using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

public sealed class CircuitBreakerTests : PlatformTestBase
{
    private const int MinimumCalls = 3;
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Behind the real clock, which the fake Platform checks signatures with: advancing it must not sign a request more
    /// than 2 s ahead of the Platform's time, which the Platform refuses.
    /// </summary>
    private readonly ManualTimeProvider clock = new(DateTimeOffset.UtcNow.AddSeconds(-30));

    protected override PlatformHarness CreatePortal() => PlatformHarness.Create(
        Platform,
        settings =>
        {
            settings["PLATFORM_API_BREAKER_MINIMUM_CALLS"] = MinimumCalls.ToString();
            settings["PLATFORM_API_BREAKER_FAILURE_RATIO"] = "0.5";
            settings["PLATFORM_API_BREAK_DURATION"] = "00:00:05";
        },
        clock);

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_closes_again_after_the_break()
    {
        Platform.OnJson(CustomersPath, """{"success": false, "error": "bug"}""", 500);
        for (var i = 0; i < MinimumCalls; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));
        }

        Assert.Equal(MinimumCalls, Platform.RequestsTo(CustomersPath).Count);

        Platform.OnJson(CustomersPath, CustomersJson);
        var whileOpen = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));
        Assert.Equal("accounts", whileOpen.Area);
        Assert.Contains("switched off", whileOpen.Message, StringComparison.Ordinal);
        Assert.Equal(MinimumCalls, Platform.RequestsTo(CustomersPath).Count);

        clock.Advance(BreakDuration - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));
        Assert.Equal(MinimumCalls, Platform.RequestsTo(CustomersPath).Count);

        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Single(await ListCustomersAsync(Portal));
        Assert.Single(await ListCustomersAsync(Portal));
        Assert.Equal(MinimumCalls + 2, Platform.RequestsTo(CustomersPath).Count);
    }

    [Fact]
    public async Task Each_area_has_its_own_circuit()
    {
        Platform.OnJson("billing/summary/", """{"success": false, "error": "bug"}""", 500);
        Platform.OnJson("tickets/summary/", """
            {"success": true, "data": {"total_tickets": 1, "open_tickets": 1, "pending_tickets": 0, "resolved_tickets": 0}}
            """);
        var ledger = Portal.Get<IBillingLedger>();
        for (var i = 0; i < MinimumCalls; i++)
        {
            await Assert.ThrowsAsync<BackendUnavailableException>(() => ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None));
        }

        var billing = await Assert.ThrowsAsync<BackendUnavailableException>(() => ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None));
        var tickets = await Portal.Get<ISupportDesk>().GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal("billing", billing.Area);
        Assert.Contains("switched off", billing.Message, StringComparison.Ordinal);
        Assert.Equal(MinimumCalls, Platform.RequestsTo("billing/summary/").Count);
        Assert.Equal(1, tickets.OpenTickets);
    }

    [Fact]
    public async Task Refusals_and_not_found_answers_do_not_open_the_circuit()
    {
        Platform.OnJson(CustomersPath, """{"success": false, "error": "Not found"}""", 404);
        for (var i = 0; i < MinimumCalls * 2; i++)
        {
            await Assert.ThrowsAsync<NotFoundException>(() => ListCustomersAsync(Portal));
        }

        Assert.Equal(MinimumCalls * 2, Platform.RequestsTo(CustomersPath).Count);
    }
}
