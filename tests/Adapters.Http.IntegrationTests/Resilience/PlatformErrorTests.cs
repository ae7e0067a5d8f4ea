using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Adapters.Http.Platform.Json;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

/// <summary>Every error shape of platform-api.md §2.1 on a customer-scoped call, answered by a real Kestrel Platform.</summary>
public sealed class PlatformErrorTests : PlatformTestBase
{
    private const string SummaryPath = "billing/summary/";
    private const int WebPageEvent = 4108;
    private const int MaintenanceEvent = 4110;
    private const int UnavailableEvent = 4105;
    private const int BusyEvent = 4109;

    private IBillingLedger Ledger => Portal.Get<IBillingLedger>();

    protected override PlatformHarness CreatePortal() =>
        PlatformHarness.Create(Platform, settings => settings["PLATFORM_API_BREAKER_MINIMUM_CALLS"] = "4");

    [Fact]
    public async Task A_views_401_authentication_required_means_the_user_is_gone_and_is_not_logged_as_a_signature_fault()
    {
        Platform.OnJson(SummaryPath, """{"success": false, "error": "Authentication required"}""", StatusCodes.Status401Unauthorized);

        await Assert.ThrowsAsync<NotAuthenticatedException>(SummaryAsync);

        Assert.DoesNotContain(Portal.Log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task The_hmac_refusal_without_success_is_unavailable_not_a_sign_out()
    {
        Platform.OnJson(SummaryPath, """{"error": "HMAC authentication failed"}""", StatusCodes.Status401Unauthorized);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(SummaryAsync);

        Assert.Equal("billing", error.Area);
        Assert.Contains(Portal.Log.Entries, e => e.EventId == 4104 && e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_403_access_denied_on_a_customer_scoped_call_is_not_found()
    {
        Platform.OnJson(SummaryPath, """{"success": false, "error": "Access denied"}""", StatusCodes.Status403Forbidden);

        var error = await Assert.ThrowsAsync<NotFoundException>(SummaryAsync);

        Assert.Equal("billing summary", error.What);
    }

    [Theory]
    [InlineData("""{"success": false, "error": "Invalid page."}""", "Invalid page.")]
    [InlineData("""{"detail": "Malformed request."}""", "Malformed request.")]
    [InlineData("""{"success": false, "errors": {"title": ["This field is required."], "priority": ["Not a valid choice."]}}""", "This field is required. Not a valid choice.")]
    public async Task Each_refusal_shape_gives_its_reason(string body, string reason)
    {
        Platform.OnJson(SummaryPath, body, StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(SummaryAsync);

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void The_error_reader_hands_over_the_field_map_of_a_ticket_refusal()
    {
        var error = PlatformErrorBody.Read(
            """{"success": false, "errors": {"title": ["This field is required."], "category": "Invalid id.", "priority": [3]}}""",
            "application/json");

        Assert.NotNull(error.FieldErrors);
        Assert.Equal(["This field is required."], error.FieldErrors["title"]);
        Assert.Equal(["Invalid id."], error.FieldErrors["category"]);
        Assert.False(error.FieldErrors.ContainsKey("priority"));
        Assert.True(error.HasSuccessKey);
        Assert.False(error.IsWebPage);
    }

    [Theory]
    [InlineData(StatusCodes.Status200OK)]
    [InlineData(StatusCodes.Status404NotFound)]
    [InlineData(StatusCodes.Status500InternalServerError)]
    [InlineData(StatusCodes.Status502BadGateway)]
    public async Task A_web_page_is_unavailable_with_one_line_naming_PLATFORM_API_URL(int status)
    {
        Platform.On(SummaryPath, FakePlatform.Html(status));

        for (var call = 0; call < 3; call++)
        {
            var error = await Assert.ThrowsAsync<BackendUnavailableException>(SummaryAsync);
            Assert.IsNotType<BackendBusyException>(error);
            Assert.Equal("billing", error.Area);
        }

        var line = Assert.Single(Portal.Log.Entries, e => e.EventId == WebPageEvent);
        Assert.Contains("the Platform answered with a web page — check PLATFORM_API_URL", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Portal.Log.Entries, e => e.EventId == UnavailableEvent);
    }

    [Fact]
    public async Task A_503_web_page_is_the_Platforms_maintenance_mode_and_is_logged_as_such_once()
    {
        Platform.On(SummaryPath, FakePlatform.Html(StatusCodes.Status503ServiceUnavailable));

        var first = await Assert.ThrowsAsync<BackendUnavailableException>(SummaryAsync);
        await Assert.ThrowsAsync<BackendUnavailableException>(SummaryAsync);

        Assert.EndsWith("(it is in maintenance).", first.Message, StringComparison.Ordinal);

        var line = Assert.Single(Portal.Log.Entries, e => e.EventId == MaintenanceEvent);
        Assert.Contains("Platform billing is in maintenance", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Portal.Log.Entries, e => e.EventId == WebPageEvent);
    }

    [Fact]
    public async Task A_web_page_where_a_pdf_was_expected_is_reported_the_same_way()
    {
        Platform.On("billing/invoices/INV-000123/pdf/", FakePlatform.Html(StatusCodes.Status200OK));

        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.OpenInvoicePdfAsync(ScopeFor(Portal), new Portal.Domain.Billing.InvoiceNumber("INV-000123"), CancellationToken.None));

        Assert.Single(Portal.Log.Entries, e => e.EventId == WebPageEvent);
    }

    [Fact]
    public async Task An_unknown_path_is_a_web_page_too()
    {
        await Assert.ThrowsAsync<BackendUnavailableException>(SummaryAsync);

        Assert.Single(Portal.Log.Entries, e => e.EventId == WebPageEvent);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_busy_for_that_long_and_not_retried()
    {
        Platform.On(SummaryPath, TooManyRequests(header: "17", bodySeconds: 40));

        var busy = await Assert.ThrowsAsync<BackendBusyException>(SummaryAsync);

        Assert.Equal(TimeSpan.FromSeconds(17), busy.RetryAfter);
        Assert.Equal("billing", busy.Area);
        Assert.Single(Platform.RequestsTo(SummaryPath));
        Assert.Single(Portal.Log.Entries, e => e.EventId == BusyEvent);
    }

    [Fact]
    public async Task A_429_without_the_header_takes_the_bodys_retry_after()
    {
        Platform.On(SummaryPath, TooManyRequests(header: null, bodySeconds: 42));

        var busy = await Assert.ThrowsAsync<BackendBusyException>(SummaryAsync);

        Assert.Equal(TimeSpan.FromSeconds(42), busy.RetryAfter);
    }

    [Fact]
    public async Task Many_429s_do_not_open_the_circuit()
    {
        Platform.On(SummaryPath, TooManyRequests(header: "5", bodySeconds: 5));
        for (var call = 0; call < 12; call++)
        {
            await Assert.ThrowsAsync<BackendBusyException>(SummaryAsync);
        }

        Platform.OnJson(SummaryPath, """{"success": true, "summary": {"total_invoices": 0, "recent_invoices": []}}""");

        await SummaryAsync();
        Assert.Equal(13, Platform.RequestsTo(SummaryPath).Count);
    }

    [Fact]
    public async Task A_503_whose_Retry_After_is_beyond_the_cap_is_answered_at_once_without_a_retry()
    {
        Platform.On(SummaryPath, (context, recorded) =>
        {
            context.Response.Headers.RetryAfter = "600";
            return FakePlatform.Html(StatusCodes.Status503ServiceUnavailable)(context, recorded);
        });

        await Assert.ThrowsAsync<BackendUnavailableException>(SummaryAsync);

        Assert.Single(Platform.RequestsTo(SummaryPath));
    }

    private Task SummaryAsync() => Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

    /// <summary>The HMAC middleware's 429 (§1.2), with or without its header.</summary>
    private static Func<HttpContext, RecordedRequest, Task> TooManyRequests(string? header, int bodySeconds) =>
        (context, _) =>
        {
            if (header is not null)
            {
                context.Response.Headers.RetryAfter = header;
            }

            return FakePlatform.WriteJsonAsync(
                context,
                $$"""{"success": false, "error": "Too many requests", "detail": "Too Many Requests", "retry_after": {{bodySeconds}}, "status": 429}""",
                StatusCodes.Status429TooManyRequests);
        };
}
