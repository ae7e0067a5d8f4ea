using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Data;

/// <summary>The demo backend plays the HTPI services alone, the Platform alone, or both (DEMO_SERVE).</summary>
public sealed class ServeModeTests
{
    [Fact]
    public async Task Htpi_alone_serves_no_platform_api()
    {
        await using var server = await NatsServer.StartAsync();
        await using var host = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = server.Url, Serve = DemoServe.Htpi, BroadcastInterval = TimeSpan.Zero });
        await using var wire = await HtpiWire.ConnectAsync(server.Url);

        var login = await wire.AskAsync("htpi.auth.login", "auth", new { email = "marco.alvarez@example.com", password = "demo-password-2" });

        Assert.True(host.ServesHtpi);
        Assert.False(host.ServesPlatform);
        Assert.Throws<InvalidOperationException>(() => host.PlatformUrl);
        Assert.True(login.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Platform_alone_answers_no_htpi_subject_even_with_a_nats_url()
    {
        await using var server = await NatsServer.StartAsync();
        await using var host = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = server.Url, Serve = DemoServe.Platform, BroadcastInterval = TimeSpan.Zero });
        using var http = new HttpClient();

        var (status, _) = await new PlatformClient(host, http).PostAsync("billing/summary/", PlatformClient.Marco, PlatformClient.Summit);

        Assert.False(host.ServesHtpi);
        Assert.True(host.ServesPlatform);
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Both_serve_one_world_linked_by_platform_ids()
    {
        await using var server = await NatsServer.StartAsync();
        await using var host = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = server.Url, BroadcastInterval = TimeSpan.Zero });
        await using var wire = await HtpiWire.ConnectAsync(server.Url);
        using var http = new HttpClient();

        var login = await wire.AskAsync("htpi.auth.login", "auth", new { email = "dana.whitfield@example.com", password = "demo-password-1" });
        var tenant = await wire.AskAsync("htpi.tenant.get", "tenant", new { tenantId = "tnt-harbor" });
        var userId = login.GetProperty("user").GetProperty("platform_user_id").GetInt64();
        var customerId = tenant.GetProperty("tenant").GetProperty("settings").GetProperty("platform_customer_id").GetInt64();
        var (status, details) = await new PlatformClient(host, http).PostAsync("customers/details/", userId, customerId, new { include = new[] { "membership" } });

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal("Harbor Pediatrics", details.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("billing", details.GetProperty("meta").GetProperty("membership").GetProperty("role").GetString());
    }
}
