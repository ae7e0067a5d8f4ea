using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Portal.Adapters.Http.Platform.Telemetry;
using Portal.Adapters.Nats.Telemetry;
using Portal.Application.Common.Telemetry;
using Portal.Web.Telemetry;

namespace Portal.Web.FunctionalTests.Telemetry;

/// <summary>
/// OTLP export is switched on by <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> alone: without it no tracer, meter or OpenTelemetry
/// logger is registered, so nothing listens to Portal's spans and nothing is exported.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryRegistrationTests
{
    private static readonly string[] PortalSources = [ApplicationTelemetry.Name, HtpiTelemetry.Name, PlatformTelemetry.Name];

    [Fact]
    public void Without_an_OTLP_endpoint_nothing_is_registered_and_nothing_listens()
    {
        using var app = new PortalApp();

        var services = app.Services;

        Assert.Null(services.GetService<TracerProvider>());
        Assert.Null(services.GetService<MeterProvider>());
        Assert.DoesNotContain(services.GetServices<ILoggerProvider>(), IsOpenTelemetry);
        Assert.All(PortalSources, name => Assert.False(HasListeners(name), name));
    }

    [Fact]
    public void With_an_OTLP_endpoint_traces_metrics_and_logs_are_exported()
    {
        // A loopback port nobody serves: the exporter may try and fail, which costs the test nothing.
        using var app = new PortalApp(new Dictionary<string, string?>
        {
            ["SECRET_KEY"] = PortalApp.SecretKey,
            ["ENV"] = "development",
            [TelemetryRegistration.OtlpEndpointKey] = "http://127.0.0.1:9",
        });

        var services = app.Services;

        Assert.NotNull(services.GetService<TracerProvider>());
        Assert.NotNull(services.GetService<MeterProvider>());
        Assert.Contains(services.GetServices<ILoggerProvider>(), IsOpenTelemetry);
        Assert.All(PortalSources, name => Assert.True(HasListeners(name), name));
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("jsonl")]
    public void A_log_format_other_than_json_or_text_fails_the_start_validation_naming_it(string format)
    {
        var services = new ServiceCollection();
        services.AddPortalTelemetry(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LOG_FORMAT"] = format }).Build());
        using var provider = services.BuildServiceProvider();

        var invalid = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(invalid.Failures, f => f.Contains("LOG_FORMAT must be json or text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("json")]
    [InlineData(" JSON ")]
    [InlineData("text")]
    public void Json_text_or_nothing_pass_the_start_validation(string? format)
    {
        var services = new ServiceCollection();
        services.AddPortalTelemetry(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LOG_FORMAT"] = format }).Build());
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static bool IsOpenTelemetry(ILoggerProvider provider) =>
        provider.GetType().Namespace?.StartsWith("OpenTelemetry", StringComparison.Ordinal) == true;

    /// <summary>Whether any listener takes the spans of the source named <paramref name="name"/> (a twin of it sees the same listeners).</summary>
    private static bool HasListeners(string name)
    {
        using var twin = new ActivitySource(name);
        return twin.HasListeners();
    }
}
