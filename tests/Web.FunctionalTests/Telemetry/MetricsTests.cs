extern alias demo;

using System.Net;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using demo::Portal.Demo.Backend;
using Portal.Web.Telemetry;

namespace Portal.Web.FunctionalTests.Telemetry;

/// <summary>
/// The metrics an operator reads, from Portal's own metric setup collected in memory after real pages over real
/// backends: request duration by page route, each backend call's duration by backend, area and outcome, each area's
/// breaker state, and the NATS connection's counters.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task Pages_backend_calls_breakers_and_the_NATS_connection_are_measured()
    {
        var exported = new List<Metric>();
        using var metrics = Sdk.CreateMeterProviderBuilder()
            .AddPortalInstrumentation()
            .AddInMemoryExporter(exported)
            .Build();
        await using var portal = await DemoBackedPortal.StartAsync();
        using var browser = portal.Browser();
        var dana = DemoBackendHost.Logins[0];
        await browser.SignInAsync(dana.Email, dana.Password);

        var (page, _) = await browser.GetPageAsync("/t/tnt-riverside");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(metrics.ForceFlush());

        Assert.Contains(Points(exported, "http.server.request.duration"), tags => Has(tags, "http.route", "t/{tenantId:id}"));
        var calls = Points(exported, "portal.backend.call.duration");
        Assert.Contains(calls, tags => Has(tags, "backend", "htpi") && Has(tags, "area", "dashboard") && Has(tags, "outcome", "success"));
        Assert.Contains(calls, tags => Has(tags, "backend", "platform") && Has(tags, "area", "billing") && Has(tags, "outcome", "success"));
        var breakers = Points(exported, "portal.backend.breaker.state");
        Assert.Contains(breakers, tags => Has(tags, "backend", "htpi") && Has(tags, "area", "patients"));
        Assert.Contains(breakers, tags => Has(tags, "backend", "platform") && Has(tags, "area", "support"));
        Assert.NotEmpty(Points(exported, "portal.nats.disconnects"));
        Assert.NotEmpty(Points(exported, "portal.nats.reconnects"));
        Assert.NotEmpty(Points(exported, "portal.nats.messages.dropped"));
    }

    /// <summary>The tag sets of every point of the metric named <paramref name="name"/>.</summary>
    private static List<Dictionary<string, object?>> Points(List<Metric> exported, string name)
    {
        var points = new List<Dictionary<string, object?>>();
        foreach (var metric in exported.Where(metric => metric.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value;
                }

                points.Add(tags);
            }
        }

        return points;
    }

    private static bool Has(Dictionary<string, object?> tags, string key, string value) =>
        tags.TryGetValue(key, out var actual) && Equals(actual, value);
}
