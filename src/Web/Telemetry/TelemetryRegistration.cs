using NATS.Client.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Portal.Adapters.Http.Platform.Telemetry;
using Portal.Adapters.Nats.Telemetry;
using Portal.Application.Common.Telemetry;

namespace Portal.Web.Telemetry;

/// <summary>
/// Traces, metrics and logs as .NET operators expect them: OpenTelemetry over OTLP, switched on by the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, and console logs as JSON lines when <c>LOG_FORMAT=json</c>.
/// </summary>
public static class TelemetryRegistration
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";
    public const string LogFormatKey = "LOG_FORMAT";
    public const string DefaultServiceName = "portal";

    /// <summary>The span sources of Portal's own layers, besides ASP.NET Core's, HttpClient's and the NATS client's.</summary>
    public static IReadOnlyList<string> Sources { get; } = [ApplicationTelemetry.Name, HtpiTelemetry.Name, PlatformTelemetry.Name];

    /// <summary>The meters of Portal's own layers, besides ASP.NET Core's, HttpClient's, the runtime's and the NATS client's.</summary>
    public static IReadOnlyList<string> Meters { get; } = [WebTelemetry.Name, HtpiTelemetry.Name, PlatformTelemetry.Name];

    /// <summary>
    /// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, traces, metrics and logs go there over OTLP (the SDK reads the other
    /// <c>OTEL_*</c> variables: protocol, headers, per-signal endpoints, resource attributes). Without it nothing is
    /// registered at all: no tracer or meter listens, so no span is started and no instrument records, and the cost of
    /// telemetry is a null check per span. A <c>LOG_FORMAT</c> other than <c>json</c> or <c>text</c> stops the start.
    /// </summary>
    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LogFormatOptions>()
            .Configure(options => options.Format = LogFormatOptions.From(configuration).Format)
            .Validate(options => options.IsValid, $"{LogFormatKey} must be {LogFormatOptions.Json} or {LogFormatOptions.Text} (the default).")
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            return services;
        }

        var serviceName = configuration[ServiceNameKey] is { Length: > 0 } named ? named : DefaultServiceName;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing.AddPortalInstrumentation())
            .WithMetrics(metrics => metrics.AddPortalInstrumentation())
            .UseOtlpExporter();
        return services;
    }

    /// <summary>
    /// Console logs as one JSON object per line when <c>LOG_FORMAT=json</c>, with scopes, so every line written during a
    /// request carries its trace and span ids (and the request's path and id); the default stays the plain text format.
    /// </summary>
    public static ILoggingBuilder AddPortalLogFormat(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (LogFormatOptions.From(configuration).IsJson)
        {
            logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }

        return logging;
    }

    /// <summary>
    /// Every span source Portal's traces are made of: ASP.NET Core's requests, HttpClient's calls and Portal's own (the
    /// NATS adapter's span per request carries the trace context to the service). Not the NATS client's own spans: its
    /// receive span of a message is ended by the client's channel reader, which Portal's reply subscription does without,
    /// so every reply would leave one open.
    /// </summary>
    public static TracerProviderBuilder AddPortalInstrumentation(this TracerProviderBuilder tracing) =>
        tracing
            .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbe(context.Request.Path))
            .AddHttpClientInstrumentation()
            .AddSource([.. Sources]);

    /// <summary>Every meter Portal's metrics come from: ASP.NET Core's, HttpClient's, the runtime's, the NATS client's and Portal's own.</summary>
    public static MeterProviderBuilder AddPortalInstrumentation(this MeterProviderBuilder metrics) =>
        metrics
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddNatsClientInstrumentation()
            .AddMeter([.. Meters]);

    /// <summary>The load balancer's health probes, every few seconds from every balancer: not worth a trace each.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
