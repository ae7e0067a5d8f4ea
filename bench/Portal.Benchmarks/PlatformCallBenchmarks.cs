using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Adapters.Http;
using Portal.Adapters.Http.Billing;
using Portal.Adapters.Http.Billing.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Signing;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Benchmarks;

/// <summary>
/// One Platform call as Portal makes it (the billing summary of a dashboard: Refit, the HMAC signing handler, the area's
/// Polly pipeline, the JSON answer read and mapped), with a canned answer in place of the network (arriving
/// asynchronously, as from a socket) so that only Portal's side is measured, and the console logging Portal runs with (scopes tracked, <c>System.Net.Http.HttpClient</c> at
/// Warning, as in <c>src/Web/appsettings.json</c>).
/// <para>The baseline is what a hand-written client does for the same call: an <see cref="HttpClient"/> from the same
/// factory client (so the same signing handler), the same body serialized and hashed, <c>SendAsync</c>, the answer read
/// with the same source-generated <c>JsonTypeInfo</c> and mapped by the same mapper; no Refit, no Polly. Like a typed
/// client, it takes its <see cref="HttpClient"/> from the factory per call. The adapter is measured as Portal runs it,
/// its port resolved from a fresh DI scope per call as each request does, and with the port resolved once (what is left
/// of the call itself), and with <c>IHttpClientFactory</c>'s default logging handlers added back, which the adapter
/// leaves out.</para>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PlatformCallBenchmarks
{
    public const string BillingSummary = "Platform billing summary";

    private const string SummaryAnswer = """
        {"success": true, "summary": {"total_invoices": 12, "draft_invoices": 1, "issued_invoices": 3, "overdue_invoices": 0,
          "paid_invoices": 6, "total_amount_due_cents": 25900, "currency_code": "RON",
          "recent_invoices": [{"number": "INV-000123", "status": "issued", "total_cents": 11900, "due_at": "2026-10-31T21:59:00Z",
                               "is_overdue": false, "created_at": "2026-10-01T09:30:00Z"}]}}
        """;

    private static readonly PlatformIdentity Identity = new(42, 7);
    private static readonly TenantScope Scope = new(new AccessToken("bench-token"), new UserId("42"), new TenantId("7"), Identity);

    private ServiceProvider withFactoryLogging = null!;
    private ServiceProvider adapter = null!;
    private IBillingLedger ledgerWithFactoryLogging = null!;
    private IBillingLedger ledger = null!;
    private IHttpClientFactory clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        withFactoryLogging = Build(factoryLogging: true);
        adapter = Build(factoryLogging: false);
        ledgerWithFactoryLogging = withFactoryLogging.GetRequiredService<IBillingLedger>();
        ledger = adapter.GetRequiredService<IBillingLedger>();
        clients = adapter.GetRequiredService<IHttpClientFactory>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        withFactoryLogging.Dispose();
        adapter.Dispose();
    }

    [BenchmarkCategory(BillingSummary)]
    [Benchmark(Baseline = true, Description = "hand-written HttpClient call")]
    public async Task<BillingSummary> HandWritten()
    {
        var body = new ScopedRequest
        {
            UserId = Identity.UserId,
            CustomerId = Identity.CustomerId,
            Timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, BillingJsonContext.Platform.ScopedRequest);
        using var client = clients.CreateClient(PlatformArea.Billing.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, IPlatformBillingApi.SummaryRoute.TrimStart('/'));
        request.Headers.Accept.ParseAdd(PlatformSignature.ContentType);
        request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = new(PlatformSignature.ContentType) } };
        request.Options.Set(PlatformSigningHandler.BodyHashOption, PlatformSignature.HashBody(bytes));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync(BillingJsonContext.Platform.BillingSummaryAnswer, CancellationToken.None);
        return BillingMapper.ToSummary(answer!.Summary);
    }

    [BenchmarkCategory(BillingSummary)]
    [Benchmark(Description = "adapter, port per request (as Portal runs)")]
    public async Task<BillingSummary> AdapterPerRequest()
    {
        await using var scope = adapter.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBillingLedger>().GetSummaryAsync(Scope, CancellationToken.None);
    }

    [BenchmarkCategory(BillingSummary)]
    [Benchmark(Description = "adapter, port resolved once")]
    public Task<BillingSummary> Adapter() => ledger.GetSummaryAsync(Scope, CancellationToken.None);

    [BenchmarkCategory(BillingSummary)]
    [Benchmark(Description = "adapter, port resolved once, with IHttpClientFactory's logging")]
    public Task<BillingSummary> WithFactoryLogging() => ledgerWithFactoryLogging.GetSummaryAsync(Scope, CancellationToken.None);

    private static ServiceProvider Build(bool factoryLogging)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PLATFORM_API_URL"] = "http://platform.invalid/api/",
                ["PLATFORM_API_SECRET"] = "bench-secret-bench-secret-bench-secret-0123",
                ["PORTAL_ID"] = "bench-portal",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .Configure(options => options.ActivityTrackingOptions =
                ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            .AddConsole());
        services.AddHttpAdapter(configuration);

        // Named configurations apply in registration order: these come after the adapter's.
        var billing = services.AddHttpClient(PlatformArea.Billing.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new CannedPlatform());
        if (factoryLogging)
        {
            billing.AddDefaultLogger();
        }

        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The Platform's answer to every call, without a socket but arriving later, as an answer from a socket does: every
    /// async method on the way waits for it and so keeps its state on the heap, which an answer handed back at once
    /// would hide (and with it most of what the layers between a port and HttpClient cost).
    /// </summary>
    private sealed class CannedPlatform : HttpMessageHandler
    {
        private static readonly byte[] Answer = Encoding.UTF8.GetBytes(SummaryAnswer);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Yield();
            var content = new ByteArrayContent(Answer);
            content.Headers.ContentType = new("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }
}
