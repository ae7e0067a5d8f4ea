using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// The Platform clients go without <c>IHttpClientFactory</c>'s logging handlers, which open a scope and format the URI of
/// every attempt even when their category is filtered out: the adapter's own lines are the log of a Platform call.
/// </summary>
public sealed class PlatformClientLoggingTests : PlatformTestBase
{
    private const string HttpClientCategory = "System.Net.Http.HttpClient";

    [Fact]
    public async Task A_call_writes_no_http_client_factory_lines_even_at_trace_and_its_failure_is_still_logged_by_the_adapter()
    {
        Platform.OnJson("billing/summary/", """{"success": true, "summary": {"total_invoices": 0, "currency_code": "RON"}}""");
        await Portal.Get<IBillingLedger>().GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Platform.OnJson("tickets/summary/", "{}", status: 500);
        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Portal.Get<ISupportDesk>().GetSummaryAsync(ScopeFor(Portal), CancellationToken.None));

        Assert.Single(Platform.RequestsTo("billing/summary/"));
        Assert.NotEmpty(Platform.RequestsTo("tickets/summary/"));
        Assert.DoesNotContain(Portal.Log.Entries, entry => entry.Category.StartsWith(HttpClientCategory, StringComparison.Ordinal));
        Assert.Contains(
            Portal.Log.Entries,
            entry => entry.Category.StartsWith("Portal.", StringComparison.Ordinal) && entry.Message.Contains("unavailable", StringComparison.Ordinal));
    }
}
