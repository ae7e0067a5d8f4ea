using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

/// <summary>
/// Refit reports a failure before any answer as ApiRequestException and a failing status as ApiException; the retries,
/// the circuit breaker and the error map treat them as they treated the raw HttpRequestException and status.
/// </summary>
public sealed class RefitFailureTests : PlatformTestBase
{
    [Fact]
    public async Task Dropped_connections_count_against_the_circuit_and_open_it_like_any_connection_failure()
    {
        await using var portal = PlatformHarness.Create(Platform, settings =>
        {
            settings["PLATFORM_API_BREAKER_MINIMUM_CALLS"] = "3";
            settings["PLATFORM_API_BREAKER_SAMPLING_DURATION"] = "00:01:00";
            settings["PLATFORM_API_BREAK_DURATION"] = "00:01:00";
        });
        Platform.On(CustomersPath, (context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        var unreachable = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));
        var refused = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));

        Assert.Contains("unreachable", unreachable.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<HttpRequestException>(unreachable.InnerException);
        Assert.Contains("switched off", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, Platform.RequestsTo(CustomersPath).Count);
    }

    [Fact]
    public async Task A_connection_dropped_while_the_answer_is_read_is_retried_for_a_read()
    {
        var headersReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var portal = PlatformHarness.Create(
            Platform,
            services: services => services.ConfigureHttpClientDefaults(
                client => client.AddHttpMessageHandler(() => new ResponseHeadersSignal(headersReceived))));
        Platform.OnSequence(
            CustomersPath,
            async (context, _) =>
            {
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = 4096;
                await context.Response.WriteAsync("""{"success": true, "results": [""", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await headersReceived.Task.WaitAsync(TimeSpan.FromSeconds(10), context.RequestAborted);
                context.Abort();
            },
            FakePlatform.Json(CustomersJson));

        var tenants = await ListCustomersAsync(portal);

        Assert.Single(tenants);
        Assert.Equal(2, Platform.RequestsTo(CustomersPath).Count);
    }

    [Fact]
    public async Task Server_errors_that_are_not_transient_open_the_circuit_without_retries()
    {
        await using var portal = PlatformHarness.Create(Platform, settings =>
        {
            settings["PLATFORM_API_BREAKER_MINIMUM_CALLS"] = "2";
            settings["PLATFORM_API_BREAKER_SAMPLING_DURATION"] = "00:01:00";
            settings["PLATFORM_API_BREAK_DURATION"] = "00:01:00";
        });
        Platform.OnJson(CustomersPath, """{"success": false, "error": "bug"}""", StatusCodes.Status500InternalServerError);

        await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));
        await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));
        var refused = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));

        Assert.Contains("switched off", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, Platform.RequestsTo(CustomersPath).Count);
    }

    [Fact]
    public async Task Every_attempt_carries_the_one_hash_computed_for_the_call_over_the_same_bytes()
    {
        var attempts = new List<(string? Hash, byte[] Body)>();
        await using var portal = PlatformHarness.Create(
            Platform,
            services: services => services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new BodyHashWatcher(attempts))));
        Platform.OnSequence(
            CustomersPath,
            FakePlatform.Json("""{"success": false, "error": "busy"}""", StatusCodes.Status503ServiceUnavailable),
            FakePlatform.Json(CustomersJson));

        await ListCustomersAsync(portal);

        Assert.Equal(2, attempts.Count);
        var (first, second) = (attempts[0], attempts[1]);
        Assert.NotNull(first.Hash);
        Assert.Same(first.Hash, second.Hash);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(first.Body)), first.Hash);
        Assert.All(Platform.RequestsTo(CustomersPath), request => Assert.True(request.Accepted, request.Refusal));
    }
}
