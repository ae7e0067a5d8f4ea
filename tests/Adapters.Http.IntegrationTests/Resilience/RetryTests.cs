using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

public sealed class RetryTests : PlatformTestBase
{
    /// <summary>Timer and clock granularity: a wait may be observed a few milliseconds short of what was asked.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(15);

    [Fact]
    public async Task A_read_answered_503_is_retried_no_earlier_than_Retry_After_seconds()
    {
        Platform.OnSequence(CustomersPath, Unavailable(retryAfter: "1"), FakePlatform.Json(CustomersJson));

        var tenants = await ListCustomersAsync(Portal);

        Assert.Single(tenants);
        var attempts = Platform.RequestsTo(CustomersPath);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts.All(a => a.Accepted), "each attempt carries its own valid signature");
        Assert.NotEqual(attempts[0].Header("X-Nonce"), attempts[1].Header("X-Nonce"));
        Assert.True(
            Stopwatch.GetElapsedTime(attempts[0].ReceivedTimestamp, attempts[1].ReceivedTimestamp) >= TimeSpan.FromSeconds(1) - ClockSlack,
            "the second attempt came before the Retry-After had passed");
    }

    [Fact]
    public async Task A_Retry_After_given_as_an_HTTP_date_is_honoured()
    {
        var retryAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 2);
        Platform.OnSequence(CustomersPath, Unavailable(retryAfter: retryAt.ToString("R")), FakePlatform.Json(CustomersJson));

        await ListCustomersAsync(Portal);

        var attempts = Platform.RequestsTo(CustomersPath);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].ReceivedAt >= retryAt - ClockSlack, $"retried at {attempts[1].ReceivedAt:O}, before {retryAt:O}");
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_cap_is_not_waited_for()
    {
        await using var portal = PlatformHarness.Create(Platform, settings =>
        {
            settings["PLATFORM_API_MAX_RETRY_AFTER"] = "00:00:00.100";
            settings["PLATFORM_API_TOTAL_TIMEOUT"] = "00:00:10";
        });
        Platform.OnSequence(CustomersPath, Unavailable(retryAfter: "3600"), FakePlatform.Json(CustomersJson));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Single(Platform.RequestsTo(CustomersPath));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_read_is_retried_on_gateway_failures_until_the_retries_run_out(int status)
    {
        Platform.OnJson(CustomersPath, """{"success": false, "error": "down"}""", status);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));

        Assert.Equal("accounts", error.Area);
        Assert.Equal(3, Platform.RequestsTo(CustomersPath).Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_for_a_read()
    {
        Platform.OnSequence(
            CustomersPath,
            (context, _) =>
            {
                context.Abort();
                return Task.CompletedTask;
            },
            FakePlatform.Json(CustomersJson));

        var tenants = await ListCustomersAsync(Portal);

        Assert.Single(tenants);
        Assert.Equal(2, Platform.RequestsTo(CustomersPath).Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(501)]
    public async Task Other_server_errors_are_not_retried(int status)
    {
        Platform.OnJson(CustomersPath, """{"success": false, "error": "bug"}""", status);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));

        Assert.Contains(status.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Single(Platform.RequestsTo(CustomersPath));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_total_timeout_ends_in_unavailable_not_a_hang()
    {
        await using var portal = PlatformHarness.Create(Platform, settings =>
        {
            settings["PLATFORM_API_MAX_RETRY_AFTER"] = "00:01:00";
            settings["PLATFORM_API_ATTEMPT_TIMEOUT"] = "00:00:01";
            settings["PLATFORM_API_TOTAL_TIMEOUT"] = "00:00:01";
        });
        await WarmUpAsync(portal);
        var warmUpCalls = Platform.RequestsTo(CustomersPath).Count;
        Platform.On(CustomersPath, Unavailable(retryAfter: "60"));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(warmUpCalls + 1, Platform.RequestsTo(CustomersPath).Count);
    }

    private static Func<HttpContext, RecordedRequest, Task> Unavailable(string retryAfter) =>
        (context, _) =>
        {
            context.Response.Headers.RetryAfter = retryAfter;
            return FakePlatform.WriteJsonAsync(context, """{"success": false, "error": "busy"}""", StatusCodes.Status503ServiceUnavailable);
        };
}
