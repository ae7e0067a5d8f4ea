using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

public sealed class TimeoutTests : PlatformTestBase
{
    protected override PlatformHarness CreatePortal() => PlatformHarness.Create(Platform, settings =>
    {
        settings["PLATFORM_API_ATTEMPT_TIMEOUT"] = "00:00:00.500";
        settings["PLATFORM_API_TOTAL_TIMEOUT"] = "00:00:02";
    });

    [Fact]
    public async Task A_platform_that_does_not_answer_becomes_unavailable_after_the_attempt_timeout()
    {
        await WarmUpAsync(Portal);
        var warmUpCalls = Platform.RequestsTo(CustomersPath).Count;
        var abandoned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Platform.On(CustomersPath, async (context, _) =>
        {
            // Holds the request open until Portal gives up on it.
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            abandoned.TrySetResult();
        });

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));

        Assert.Equal("accounts", error.Area);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        await abandoned.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(warmUpCalls + 1, Platform.RequestsTo(CustomersPath).Count);
    }
}
