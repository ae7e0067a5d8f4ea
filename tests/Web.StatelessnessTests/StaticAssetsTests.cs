using System.Net;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// Portal started from its build output in an empty working directory serves its stylesheet and script: wwwroot is found
/// next to the binary, not in whatever directory the process was started from.
/// </summary>
public sealed class StaticAssetsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string sandbox = Directory.CreateTempSubdirectory("portal-static-assets-").FullName;
    private NatsServer? nats;
    private PortalProcess? portal;

    [Theory]
    [InlineData("/css/site.css", "text/css", "css/site.css")]
    [InlineData("/js/live.js", "text/javascript", "js/live.js")]
    public async Task Portal_started_from_its_build_output_in_an_empty_directory_serves_its_assets(string url, string mediaType, string file)
    {
        portal = await PortalProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["NATS_URL"] = nats!.Url,
                ["PLATFORM_API_URL"] = "http://127.0.0.1:9/api",
                ["PLATFORM_API_SECRET"] = "static-assets-platform-secret-0123456789abcdef",
                ["PORTAL_ID"] = "portal-static-assets",
                ["SECRET_KEY"] = "static-assets-secret-key-0123456789abcdef",
            },
            NatsServer.FreePort(),
            sandbox);
        using var browser = new HttpClient();

        using var response = await browser.GetAsync(new Uri(portal.Address, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var source = await File.ReadAllTextAsync(Path.Combine(PortalProcess.WebProjectDirectory(), "wwwroot", file));
        Assert.Equal(source, await response.Content.ReadAsStringAsync());
        await portal.StopAsync();
        Assert.Empty(Directory.GetFileSystemEntries(sandbox, "*", SearchOption.AllDirectories));
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
}
