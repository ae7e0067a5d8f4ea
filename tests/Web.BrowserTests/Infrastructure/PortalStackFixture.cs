using Microsoft.Playwright;
using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;
using Portal.Web.StatelessnessTests.Infrastructure;

namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>
/// The whole stack, real, shared by every browser test: a nats-server, the demo backend serving HTPI and the Platform API
/// (its own broadcasts off, so the tests publish exactly what they assert), Portal's binary as a child process, a
/// NATS connection for the tests' broadcasts, and one headless Debian Chromium. Each test opens its own context. A second
/// Portal, whose Platform API address answers nothing, is started on first use for the pages of a backend that is down;
/// a Portal with the HTPI services only and one with the Platform only, for the modes, likewise.
/// </summary>
public sealed class PortalStackFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string MissingChromiumMessage =
        "Chromium is not installed: run `apt-get install chromium` (or ./portal.sh test, which installs it)";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private NatsServer? nats;
    private DemoBackendHost? backend;
    private DirectoryInfo? sandbox;
    private PortalProcess? portal;
    private Task<PortalProcess>? platformDownPortal;
    private Task<PortalProcess>? htpiOnlyPortal;
    private Task<PortalProcess>? platformOnlyPortal;
    private NatsMessageBus? bus;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private Task<string>? danaStorageState;
    private Task<string>? samStorageState;

    public Uri PortalUrl => Portal.Address;

    /// <summary>A connection of the tests' own to the stack's NATS, for publishing broadcasts.</summary>
    public NatsMessageBus Bus => bus ?? throw new InvalidOperationException("Not started.");

    /// <summary>What Portal printed, for failure messages.</summary>
    public string PortalOutput => portal?.Output ?? string.Empty;

    private PortalProcess Portal => portal ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(MissingChromiumMessage);
        }

        nats = await NatsServer.StartAsync();
        backend = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = nats.Url, BroadcastInterval = TimeSpan.Zero });
        bus = await NatsMessageBus.ConnectAsync(new NatsOpts { Url = nats.Url, Name = "browser-tests" }, CancellationToken.None);
        playwright = await Playwright.CreateAsync();

        // Expectations wait for what the page does over the stack (a live stream, NATS, the demo backend); on a loaded
        // two-core machine Playwright's default 5 s is too little. Passing expectations end as soon as they hold.
        Assertions.SetDefaultExpectTimeout(15_000);
        var launching = playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
        sandbox = Directory.CreateTempSubdirectory("portal-browser-tests-");
        portal = await StartPortalAsync(backend.PlatformUrl, "portal");
        browser = await launching;
    }

    /// <summary>
    /// The address of a second Portal on the same NATS and with the same SECRET_KEY (so a sign-in carries over), whose
    /// Platform API address has nothing listening: its Platform pages answer 503 and its dashboard marks the Platform's
    /// cards unavailable. Tests of one collection run one at a time, so the first caller starts it and the rest reuse it.
    /// </summary>
    public async Task<Uri> PlatformDownPortalUrlAsync()
    {
        platformDownPortal ??= StartPortalAsync(new Uri($"http://127.0.0.1:{NatsServer.FreePort()}/api/"), "portal-platform-down");
        return (await platformDownPortal).Address;
    }

    /// <summary>
    /// The address of a Portal on the same demo backend with the HTPI services only (no <c>PLATFORM_API_URL</c>): started
    /// on first use, like <see cref="PlatformDownPortalUrlAsync"/>.
    /// </summary>
    public async Task<Uri> HtpiOnlyPortalUrlAsync()
    {
        htpiOnlyPortal ??= StartPortalAsync(backend!.PlatformUrl, "portal-htpi-only", settings => settings.Remove("PLATFORM_API_URL"));
        return (await htpiOnlyPortal).Address;
    }

    /// <summary>
    /// The address of a Portal on the same demo backend with the Platform only (no <c>NATS_URL</c>): the Platform signs
    /// users in and the practices are its customers. Started on first use.
    /// </summary>
    public async Task<Uri> PlatformOnlyPortalUrlAsync()
    {
        platformOnlyPortal ??= StartPortalAsync(backend!.PlatformUrl, "portal-platform-only", settings => settings.Remove("NATS_URL"));
        return (await platformOnlyPortal).Address;
    }

    /// <summary>A fresh browser context (its own cookies) with a page, at Portal's address.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(new BrowserNewContextOptions());

    /// <summary>The same, with the caller's other context options (a viewport, a stored sign-in, another Portal's address).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL ??= PortalUrl.ToString();
        options.AcceptDownloads = true;
        var context = await (browser ?? throw new InvalidOperationException("Not started.")).NewContextAsync(options);
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Dana's sign-in cookies as Playwright storage state, signed in once through the login form, for tests that only
    /// need to be signed in. Tests of one collection run one at a time, so the first caller starts it and the rest reuse it.
    /// </summary>
    public Task<string> DanaStorageStateAsync() =>
        danaStorageState ??= SignIn.StorageStateAsync(this, SignIn.DanaEmail, SignIn.DanaPassword);

    /// <summary>Sam's sign-in cookies, as <see cref="DanaStorageStateAsync"/> gives Dana's.</summary>
    public Task<string> SamStorageStateAsync() =>
        samStorageState ??= SignIn.StorageStateAsync(this, SignIn.SamEmail, SignIn.SamPassword);

    /// <summary>
    /// Portal's binary with the stack's NATS and secrets and <paramref name="platformUrl"/>, in its own folder of the
    /// sandbox; <paramref name="mode"/> may take a backend away.
    /// </summary>
    private Task<PortalProcess> StartPortalAsync(Uri platformUrl, string folder, Action<Dictionary<string, string>>? mode = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["NATS_URL"] = nats!.Url,
            ["PLATFORM_API_URL"] = platformUrl.ToString().TrimEnd('/'),
            ["PLATFORM_API_SECRET"] = DemoBackendOptions.DefaultPlatformApiSecret,
            ["PORTAL_ID"] = DemoBackendOptions.DefaultPortalId,
            ["SECRET_KEY"] = "browser-tests-secret-key-0123456789abcdef",
            ["ENV"] = "development",

            // The suite signs in many times from one address, mostly as Dana; the login limits are not what it tests.
            ["LOGIN_LIMIT_PER_EMAIL"] = "1000",
            ["LOGIN_LIMIT_PER_ADDRESS"] = "1000",
        };
        mode?.Invoke(settings);
        return PortalProcess.StartAsync(settings, NatsServer.FreePort(), sandbox!.CreateSubdirectory(folder).FullName);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (portal is not null)
        {
            await portal.DisposeAsync();
        }

        foreach (var extra in new[] { platformDownPortal, htpiOnlyPortal, platformOnlyPortal })
        {
            if (extra is { IsCompletedSuccessfully: true })
            {
                await (await extra).DisposeAsync();
            }
        }

        sandbox?.Delete(recursive: true);

        if (bus is not null)
        {
            await bus.DisposeAsync();
        }

        if (backend is not null)
        {
            await backend.DisposeAsync();
        }

        if (nats is not null)
        {
            await nats.DisposeAsync();
        }
    }
}
