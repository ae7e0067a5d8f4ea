using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Resources;

namespace Portal.Demo.Backend.Telemetry;

/// <summary>
/// The demo backend's spans: one server span per HTPI request it answers and per Platform API request, each continuing
/// the trace whose context the request carries (<c>traceparent</c> in the NATS or HTTP headers), as a real service
/// instrumented with OpenTelemetry would. Nothing is started unless a listener asks for <see cref="Name"/>.
/// </summary>
public static class DemoTelemetry
{
    public const string Name = "Portal.Demo.Backend";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly DistributedContextPropagator.PropagatorGetterCallback HeaderGetter =
        static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
        {
            values = null;
            value = ((IHeaderDictionary)carrier!).TryGetValue(name, out var found) ? found.ToString() : null;
        };

    /// <summary>
    /// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set (as for Portal), the demo's spans are exported there over OTLP as the
    /// service <c>portal-demo-backend</c>; without it nothing is registered and nothing listens.
    /// </summary>
    internal static void AddDemoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("portal-demo-backend"))
            .WithTracing(tracing => tracing.AddSource(Name))
            .UseOtlpExporter();
    }

    /// <summary>A span for answering <paramref name="subject"/>, the child of the requester's span given in <paramref name="parent"/>.</summary>
    internal static Activity? StartHtpiAnswer(string subject, ActivityContext parent) =>
        Source.StartActivity(subject, ActivityKind.Server, parent);

    /// <summary>Middleware: each Platform API request in a span whose parent is the caller's <c>traceparent</c>, named by its route once routed.</summary>
    internal static async Task TracePlatformRequestAsync(HttpContext context, RequestDelegate next)
    {
        if (!Source.HasListeners())
        {
            await next(context);
            return;
        }

        var request = context.Request;
        DistributedContextPropagator.Current.ExtractTraceIdAndState(request.Headers, HeaderGetter, out var traceParent, out var traceState);
        ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var parent);
        using var activity = Source.StartActivity("Platform " + request.Method, ActivityKind.Server, parent);
        await next(context);
        if (activity is not null)
        {
            if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route })
            {
                activity.DisplayName = $"Platform {request.Method} {route}";
            }

            activity.SetTag("http.response.status_code", context.Response.StatusCode);
        }
    }
}
