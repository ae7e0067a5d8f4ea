extern alias demo;

using System.Diagnostics;
using System.Net;
using OpenTelemetry;
using OpenTelemetry.Trace;
using demo::Portal.Demo.Backend;
using demo::Portal.Demo.Backend.Telemetry;
using Portal.Web.Telemetry;

namespace Portal.Web.FunctionalTests.Telemetry;

/// <summary>
/// One trace from the page to the backends: Portal's spans (the page, its MediatR request, each backend call and its
/// HTTP request) and the demo backend's own spans, which continue the trace from the <c>traceparent</c>
/// Portal put in the NATS and HTTP headers. One tracer provider, with Portal's own instrumentation, collects both in memory.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TraceTests
{
    private const string Practice = "/t/tnt-riverside";

    [Fact]
    public async Task A_dashboard_is_one_trace_through_NATS_and_the_Platform_into_the_demo_backend()
    {
        var spans = new CollectedSpans();
        var settling = new TraceSettling(span => span.Kind == ActivityKind.Server && Equals(span.GetTagItem("url.path"), Practice));
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddPortalInstrumentation()
            .AddSource(DemoTelemetry.Name)
            .AddInMemoryExporter(spans)
            .AddProcessor(settling)
            .Build();
        await using var portal = await DemoBackedPortal.StartAsync();
        using var browser = portal.Browser();
        var dana = DemoBackendHost.Logins[0];
        await browser.SignInAsync(dana.Email, dana.Password);

        var (page, html) = await browser.GetPageAsync(Practice);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("unavailable", html, StringComparison.OrdinalIgnoreCase);
        var pageSpan = await settling.Settled.WaitAsync(TimeSpan.FromSeconds(30));
        var trace = spans.Snapshot().Where(span => span.TraceId == pageSpan.TraceId).ToDictionary(span => span.SpanId);

        var htpiAnswers = trace.Values.Where(span => span.Source.Name == DemoTelemetry.Name && span.OperationName.StartsWith("htpi.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(htpiAnswers);
        foreach (var answer in htpiAnswers)
        {
            var chain = ChainUp(answer, trace, pageSpan);
            Assert.Contains(chain, span => span.Source.Name == "Portal.Adapters.Nats" && span.Kind == ActivityKind.Client);
            Assert.Contains(chain, span => span.Source.Name == "Portal.Application");
        }

        var platformAnswers = trace.Values.Where(span => span.Source.Name == DemoTelemetry.Name && span.DisplayName.StartsWith("Platform ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(platformAnswers);
        foreach (var answer in platformAnswers)
        {
            // The HMAC signature covers Portal's X-* headers only: the traceparent beside them leaves it valid.
            Assert.Equal(200, answer.GetTagItem("http.response.status_code"));
            var chain = ChainUp(answer, trace, pageSpan);
            Assert.Contains(chain, span => span.Source.Name == "System.Net.Http");
            Assert.Contains(chain, span => span.Source.Name == "Portal.Adapters.Http" && span.Kind == ActivityKind.Client);
            Assert.Contains(chain, span => span.Source.Name == "Portal.Application");
        }
    }

    /// <summary>The spans from <paramref name="span"/> up to <paramref name="root"/>, each the parent of the one before; fails on a gap.</summary>
    private static List<Activity> ChainUp(Activity span, IReadOnlyDictionary<ActivitySpanId, Activity> trace, Activity root)
    {
        var chain = new List<Activity> { span };
        var current = span;
        while (current.SpanId != root.SpanId)
        {
            Assert.True(
                trace.TryGetValue(current.ParentSpanId, out var parent),
                $"{current.Source.Name} '{current.DisplayName}' has a parent outside the page's trace: {string.Join(" <- ", chain.Select(s => s.DisplayName))}");
            chain.Add(parent);
            current = parent;
        }

        return chain;
    }
}
