using System.Net;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// One Portal process started from its build output in an empty working directory, with only its required settings: it
/// serves its assets from next to its binary, and listens where BIND_ADDRESS says.
/// </summary>
public sealed class StandalonePortalTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string sandbox = Directory.CreateTempSubdirectory("portal-standalone-").FullName;
    private readonly int port = NatsServer.FreePort();
    private NatsServer? nats;
    private PortalProcess? portal;

    [Theory]
    [InlineData("/css/site.css", "text/css", "css/site.css")]
    [InlineData("/js/live.js", "text/javascript", "js/live.js")]
    public async Task Portal_started_from_its_build_output_in_an_empty_directory_serves_its_assets(string url, string mediaType, string file)
    {
        portal = await StartAsync(bindAddress: null);
        using var browser = new HttpClient();

        using var response = await browser.GetAsync(new Uri(portal.Address, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var source = await File.ReadAllTextAsync(Path.Combine(PortalProcess.WebProjectDirectory(), "wwwroot", file));
        Assert.Equal(source, await response.Content.ReadAsStringAsync());
        await portal.StopAsync();
        Assert.Empty(Directory.GetFileSystemEntries(sandbox, "*", SearchOption.AllDirectories));
    }

    /// <summary>Every 127.x.y.z address reaches this machine's loopback interface: unbound, Portal answers on 127.0.0.2 too.</summary>
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData(null, true)]
    public async Task Portal_listens_on_the_bind_address_only(string? bindAddress, bool answersElsewhere)
    {
        portal = await StartAsync(bindAddress);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        Assert.True(await AnswersAsync(probe, new Uri($"http://127.0.0.1:{port}/healthz")));
        Assert.Equal(answersElsewhere, await AnswersAsync(probe, new Uri($"http://127.0.0.2:{port}/healthz")));
    }

    public async Task InitializeAsync() => nats = await NatsServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (portal is not null)
        {
            output.WriteLine(portal.Output);
            await portal.DisposeAsync();
        }

        if (nats is not null)
        {
            await nats.DisposeAsync();
        }

        Directory.Delete(sandbox, recursive: true);
    }

    private Task<PortalProcess> StartAsync(string? bindAddress)
    {
        var settings = new Dictionary<string, string>
        {
            ["NATS_URL"] = nats!.Url,
            ["PLATFORM_API_URL"] = "http://127.0.0.1:9/api",
            ["PLATFORM_API_SECRET"] = "standalone-platform-secret-0123456789abcdef",
            ["PORTAL_ID"] = "portal-standalone",
            ["SECRET_KEY"] = "standalone-secret-key-0123456789abcdef",
        };
        if (bindAddress is not null)
        {
            settings["BIND_ADDRESS"] = bindAddress;
        }

        return PortalProcess.StartAsync(settings, port, sandbox);
    }

    private static async Task<bool> AnswersAsync(HttpClient probe, Uri url)
    {
        try
        {
            using var answer = await probe.GetAsync(url);
            return answer.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
