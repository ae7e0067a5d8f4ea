using System.Net;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// BIND_ADDRESS decides where Portal listens. Every 127.x.y.z address reaches this machine's loopback interface, so
/// Portal bound to 127.0.0.1 answers there and nowhere else, while unbound it answers on 127.0.0.2 too.
/// </summary>
public sealed class BindAddressTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string sandbox = Directory.CreateTempSubdirectory("portal-bind-address-").FullName;
    private NatsServer? nats;
    private PortalProcess? portal;

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData(null, true)]
    public async Task Portal_listens_on_the_bind_address_only(string? bindAddress, bool answersElsewhere)
    {
        var port = NatsServer.FreePort();
        var settings = new Dictionary<string, string>
        {
            ["NATS_URL"] = nats!.Url,
            ["PLATFORM_API_URL"] = "http://127.0.0.1:9/api",
            ["PLATFORM_API_SECRET"] = "bind-address-platform-secret-0123456789abcdef",
            ["PORTAL_ID"] = "portal-bind-address",
            ["SECRET_KEY"] = "bind-address-secret-key-0123456789abcdef",
        };
        if (bindAddress is not null)
        {
            settings["BIND_ADDRESS"] = bindAddress;
        }

        portal = await PortalProcess.StartAsync(settings, port, sandbox);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        using (var onLoopback = await probe.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz")))
        {
            Assert.Equal(HttpStatusCode.OK, onLoopback.StatusCode);
        }

        var elsewhere = await AnswersAsync(probe, new Uri($"http://127.0.0.2:{port}/healthz"));
        Assert.Equal(answersElsewhere, elsewhere);
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
