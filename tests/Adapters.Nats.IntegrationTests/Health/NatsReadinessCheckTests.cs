using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Support;

namespace Portal.Adapters.Nats.IntegrationTests.Health;

/// <summary>The <c>nats</c> check that <c>AddNatsAdapter</c> registers under the <c>ready</c> tag Web's /readyz runs.</summary>
public sealed class NatsReadinessCheckTests
{
    [Fact]
    public async Task Ready_while_connected_and_unready_once_the_server_is_gone()
    {
        await using var server = await NatsServer.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [NatsAdapterOptions.UrlKey] = server.Url })
            .Build();
        await using var provider = new ServiceCollection().AddLogging().AddNatsAdapter(configuration).BuildServiceProvider();
        var host = provider.GetServices<IHostedService>().OfType<NatsBusHost>().Single();
        await host.StartAsync(CancellationToken.None).WaitAsync(Watcher.Guard);
        var health = provider.GetRequiredService<HealthCheckService>();

        var connected = await ReadinessAsync(health);

        Assert.Equal(HealthStatus.Healthy, connected.Status);
        Assert.Equal(HealthStatus.Healthy, connected.Entries["nats"].Status);

        await server.KillAsync();
        var disconnected = await WaitForReadinessAsync(health, HealthStatus.Unhealthy);

        Assert.Equal("NATS disconnected", disconnected.Entries["nats"].Description);
        await host.StopAsync(CancellationToken.None);
    }

    private static Task<HealthReport> ReadinessAsync(HealthCheckService health) =>
        health.CheckHealthAsync(check => check.Tags.Contains("ready"));

    private static async Task<HealthReport> WaitForReadinessAsync(HealthCheckService health, HealthStatus expected)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var report = await ReadinessAsync(health);
            if (report.Status == expected)
            {
                return report;
            }

            Assert.True(elapsed.Elapsed < Watcher.Guard, $"readiness stayed {report.Status} instead of {expected}");

            // Polling interval of a bounded wait (the connection notices the closed socket on its own), not synchronisation.
            await Task.Delay(20);
        }
    }
}
