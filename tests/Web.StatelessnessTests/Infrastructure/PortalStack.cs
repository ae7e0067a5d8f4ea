using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests.Infrastructure;

/// <summary>
/// A real nats-server on a free loopback port, the demo backend on it, and the Portal processes a test starts against
/// them, each in its own sandbox directory; everything goes, with Portal's output written to the test's log, on disposal.
/// </summary>
public sealed class PortalStack(NatsServer nats, DemoBackendHost backend, ITestOutputHelper output) : IAsyncDisposable
{
    public const string SecretKey = "hardening-secret-key-shared-by-every-instance-0123456789";
    public const string PlatformSecret = "hardening-platform-secret-0123456789abcdef";
    private const string PortalId = "portal-hardening";

    private readonly List<PortalProcess> portals = [];
    private readonly List<string> sandboxes = [];

    public static async Task<PortalStack> StartAsync(ITestOutputHelper output)
    {
        var nats = await NatsServer.StartAsync();
        try
        {
            var backend = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = nats.Url, PlatformApiSecret = PlatformSecret, PortalId = PortalId });
            return new PortalStack(nats, backend, output);
        }
        catch
        {
            await nats.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts Portal against this stack with <paramref name="settings"/> on top of the stack's own.</summary>
    public async Task<PortalProcess> StartPortalAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var sandbox = Path.Combine(Path.GetTempPath(), "portal-hardening-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(sandbox);
        sandboxes.Add(sandbox);
        var all = new Dictionary<string, string>
        {
            ["NATS_URL"] = nats.Url,
            ["PLATFORM_API_URL"] = backend.PlatformUrl.ToString(),
            ["PLATFORM_API_SECRET"] = PlatformSecret,
            ["PORTAL_ID"] = PortalId,
            ["SECRET_KEY"] = SecretKey,
            ["ENV"] = "development",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var portal = await PortalProcess.StartAsync(all, NatsServer.FreePort(), sandbox);
        portals.Add(portal);
        return portal;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var portal in portals)
        {
            output.WriteLine($"--- Portal on {portal.Address} ---");
            output.WriteLine(portal.Output);
            await portal.DisposeAsync();
        }

        await backend.DisposeAsync();
        await nats.DisposeAsync();
        foreach (var sandbox in sandboxes)
        {
            Directory.Delete(sandbox, recursive: true);
        }
    }
}
