using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

public sealed class CircuitBreakerTests : PlatformTestBase
{
    private const int MinimumCalls = 3;
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private readonly ManualTimeProvider clock = new(DateTimeOffset.UtcNow);

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
