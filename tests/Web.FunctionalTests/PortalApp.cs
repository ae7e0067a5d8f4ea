using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Application.Addresses.Ports;
using Portal.Application.Billing.Ports;
using Portal.Application.Claims.Ports;
using Portal.Application.Company.Ports;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Encounters.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Insurance.Ports;
using Portal.Application.LiveUpdates.Ports;
using Portal.Application.Patients.Ports;
using Portal.Application.Privacy.Ports;
using Portal.Application.Profile.Ports;
using Portal.Application.Services.Ports;
using Portal.Application.Team.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Application.Tickets.Ports;
using Portal.Testing.Fakes;
using Portal.Web.Configuration;

namespace Portal.Web.FunctionalTests;

/// <summary>Portal in memory with every port replaced by a shared fake, seeded with <see cref="Samples"/>, that a test can steer.</summary>
internal sealed class PortalApp : WebApplicationFactory<Program>
{
    public const string SecretKey = "functional-tests-secret-key-0123456789abcdef";

    /// <summary>
    /// Settings the adapters validate at start; their ports are replaced by fakes and their hosted connection removed,
    /// so nothing is ever dialled.
    /// </summary>
    private static readonly Dictionary<string, string?> AdapterSettings = new()
    {
        ["NATS_URL"] = "nats://127.0.0.1:4222",
        ["PLATFORM_API_URL"] = "http://127.0.0.1:8700/api",
        ["PLATFORM_API_SECRET"] = "functional-tests-platform-secret-0123456789",
        ["PORTAL_ID"] = "portal-functional-tests",

        // A test host stops at once, and signs in as often as its tests need; the throttle tests set their own limits.
        ["SHUTDOWN_DELAY"] = "00:00:00",
        ["LOGIN_LIMIT_PER_ADDRESS"] = "10000",
        ["LOGIN_LIMIT_PER_EMAIL"] = "10000",
    };

    /// <summary>Stays empty: every test host shares it, and Portal must never write a key into it.</summary>
    private static readonly DirectoryInfo EmptyKeyRepository = Directory.CreateTempSubdirectory("portal-no-keys-");

    private readonly Dictionary<string, string?> settings;

    /// <summary>Portal with <paramref name="modes"/>'s backends (both when not given): the other's URL is not set and its fakes are not registered.</summary>
    public PortalApp(Dictionary<string, string?>? settings = null, BackendModes? modes = null)
    {
        Modes = modes ?? BackendModes.Both;
        Tenants = Modes.PlatformOnly ? SeededFakes.Customers() : SeededFakes.Tenants();
        this.settings = new Dictionary<string, string?>(AdapterSettings);
        if (!Modes.Htpi)
        {
            this.settings.Remove("NATS_URL");
        }

        if (!Modes.Platform)
        {
            this.settings.Remove("PLATFORM_API_URL");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?> { ["SECRET_KEY"] = SecretKey, ["ENV"] = "development" })
        {
            this.settings[key] = value;
        }
    }

    public BackendModes Modes { get; }

    public FakePlatformSessions Sessions { get; } = new();

    public FakeIdentityProvider Identity { get; } = SeededFakes.Identity();

    /// <summary>With the Platform alone the tenants are customers, with their integer ids (<see cref="SeededFakes.Customers"/>).</summary>
    public FakeTenantDirectory Tenants { get; }

    public FakePatientRegistry Patients { get; } = new();

    public FakePracticeDashboard Dashboard { get; } = SeededFakes.Dashboard();

    public FakeBillingLedger Billing { get; } = SeededFakes.Billing();

    public FakeServiceCatalog Catalog { get; } = SeededFakes.Catalog();

    public FakeSupportDesk Support { get; } = SeededFakes.Support();

    public FakeTeamDirectory Team { get; } = SeededFakes.Team();
    public FakeCompanyRecords Company { get; } = new();

    public FakeAddressBook Addresses { get; } = new();

    public FakeTenantEventFeed Events { get; } = new();

    public FakeEncounterRegistry Encounters { get; } = SeededFakes.Encounters();

    public FakeInsurancePolicyRegistry Policies { get; } = SeededFakes.Policies();

    public FakeClaimRegistry Claims { get; } = SeededFakes.Claims();

    /// <summary>The user's own profile (with the Platform); by default it names no time zone, so times stay in UTC.</summary>
    public FakeAccountProfile Profile { get; } = new();

    public FakePrivacyOffice Privacy { get; } = new();

    /// <summary>What Portal logged at warning level and above.</summary>
    public CapturedLog Logs { get; } = new();

    /// <summary>Portal's clock: it stands still until a test moves it.</summary>
    public ManualClock Clock { get; } = new();

    /// <summary>A browser that keeps cookies and does not follow redirects, so tests see them.</summary>
    public Browser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>
    /// A browser whose connection comes from <paramref name="address"/>, as the server sees it (TestServer has no socket),
    /// with cookies and without following redirects.
    /// </summary>
    public Browser BrowserFrom(IPAddress address)
    {
        var handler = new CookieContainerHandler { InnerHandler = Server.CreateHandler(context => context.Connection.RemoteIpAddress = address) };
        return new(new HttpClient(handler) { BaseAddress = new Uri("http://localhost") });
    }

    /// <summary>A browser already signed in as Ada.</summary>
    public async Task<Browser> SignedInBrowser()
    {
        var browser = Browser();
        await browser.SignInAsync();
        return browser;
    }

    /// <summary>A GET with exactly the given Cookie header, as a browser that holds those cookies sends it.</summary>
    public async Task<HttpResponseMessage> GetWithCookiesAsync(string cookies, string url)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookies);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The framework's own environment stays Production: no developer exception page may ever answer.
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAdapterHostedServices();

            // No NATS connection opens here, so the adapter's "nats" readiness check goes too (its own tests cover it); the
            // tests of the modes see that it is registered with NATS only.
            services.Configure<HealthCheckServiceOptions>(options =>
            {
                if (options.Registrations.SingleOrDefault(check => check.Name == "nats") is { } nats)
                {
                    NatsCheckRegistered = true;
                    options.Registrations.Remove(nats);
                }
            });

            // An empty key repository of its own: Portal generates no keys, so any use of Data Protection fails the test.
            services.Configure<KeyManagementOptions>(options => options.XmlRepository =
                new FileSystemXmlRepository(EmptyKeyRepository, NullLoggerFactory.Instance));
            services.ReplacePort<IIdentityProvider>(Identity);
            services.ReplacePort<ITenantDirectory>(Tenants);
            ReplacePorts(services);
            services.ReplacePort<TimeProvider>(Clock);
        });
    }

    /// <summary>Whether the NATS adapter registered its readiness check (read once the health checks were configured).</summary>
    public bool NatsCheckRegistered { get; private set; }

    /// <summary>
    /// Each configured backend's ports become fakes; a backend Portal runs without has none, as in production, so a page
    /// or handler that reached for one would fail the test.
    /// </summary>
    private void ReplacePorts(IServiceCollection services)
    {
        Assert.Equal(Modes.Htpi, services.Any(d => d.ServiceType == typeof(IPatientRegistry)));
        Assert.Equal(Modes.Platform, services.Any(d => d.ServiceType == typeof(IBillingLedger)));
        if (Modes.Htpi)
        {
            services.ReplacePort<IPatientRegistry>(Patients);
            services.ReplacePort<IInsurancePolicyRegistry>(Policies);
            services.ReplacePort<IClaimRegistry>(Claims);
            services.ReplacePort<IPracticeDashboard>(Dashboard);
            services.ReplacePort<ITenantEventFeed>(Events);
            services.ReplacePort<IEncounterRegistry>(Encounters);
        }

        if (Modes.Platform)
        {
            services.ReplacePort<IBillingLedger>(Billing);
            services.ReplacePort<IServiceCatalog>(Catalog);
            services.ReplacePort<ISupportDesk>(Support);
            services.ReplacePort<ITeamDirectory>(Team);
            services.ReplacePort<ICompanyRecords>(Company);
            services.ReplacePort<IAddressBook>(Addresses);
            services.ReplacePort<IPlatformSessions>(Sessions);
            services.ReplacePort<IAccountProfile>(Profile);
            services.ReplacePort<IPrivacyOffice>(Privacy);
        }
    }
}
