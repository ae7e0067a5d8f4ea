using System.Text.Json;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

/// <summary>How the shared client turns the Platform's statuses and bodies into Application's exceptions.</summary>
public sealed class AnswerMappingTests : PlatformTestBase
{
    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Forbidden_and_not_found_are_the_same_not_found(int status)
    {
        Platform.OnJson(CustomersPath, """{"success": false, "error": "Forbidden"}""", status);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => ListCustomersAsync(Portal));

        Assert.Equal("customer", error.What);
    }

    [Fact]
    public async Task The_hmac_middlewares_401_is_unavailable_and_logged_as_an_error_not_a_signed_out_user()
    {
        Platform.OnJson(CustomersPath, """{"error": "HMAC authentication failed"}""", 401);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));

        Assert.Contains("signature", error.Message, StringComparison.Ordinal);
        Assert.Contains(Portal.Log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.EventId == 4104);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    [InlineData(422)]
    public async Task A_reasoned_refusal_is_rejected_with_the_platforms_reason(int status)
    {
        Platform.OnJson(CustomersPath, """{"success": false, "error": "This customer is archived."}""", status);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(() => ListCustomersAsync(Portal));

        Assert.Equal("This customer is archived.", error.Message);
    }

    [Fact]
    public async Task A_refusal_with_status_404_in_the_body_is_not_found()
    {
        Platform.OnJson(CustomersPath, """{"success": false, "error": "No such customer"}""", 404);

        await Assert.ThrowsAsync<NotFoundException>(() => ListCustomersAsync(Portal));
    }

    [Theory]
    [InlineData("{\"success\": true, \"results\": [")]
    [InlineData("{\"success\": true, \"results\": 12}")]
    [InlineData("{\"success\": true, \"results\": {\"id\": 7, \"name\": \"Ana Lima\", \"role\": \"owner\"}}")]
    public async Task Malformed_JSON_is_a_clear_unavailable_with_the_parse_error_inside(string body)
    {
        Platform.OnJson(CustomersPath, body);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));

        Assert.Equal("accounts", error.Area);
        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task An_answer_missing_what_the_contract_promises_is_malformed()
    {
        Platform.OnJson(CustomersPath, """{"success": true, "customers": [{"id": 7, "name": "Ana Lima", "role": "owner"}]}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(Portal));

        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task An_unreachable_platform_is_unavailable()
    {
        var address = Platform.ApiUrl;
        await Platform.DisposeAsync();
        await using var portal = PlatformHarness.Create(new Dictionary<string, string?>(PlatformHarness.DefaultSettings(Platform))
        {
            ["PLATFORM_API_URL"] = address,
            ["PLATFORM_API_RETRY_BASE_DELAY"] = "00:00:00.001",
        });

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));

        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_a_cancellation()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Platform.On(CustomersPath, (context, _) =>
        {
            arrived.TrySetResult();
            return Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        });
        using var cancellation = new CancellationTokenSource();
        var call = ListCustomersAsync(Portal, cancellation.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
