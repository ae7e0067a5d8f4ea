using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
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

namespace Portal.Benchmarks.Pages;

/// <summary>
/// Portal's own <c>Program</c> in memory (TestServer), configured as the load run starts it (production, both backends),
/// with every port answering from <see cref="PageWorld"/>'s fakes, as the functional tests' <c>PortalApp</c> wires them.
/// The adapters' hosted NATS connection and its readiness check go, so nothing is dialled.
/// </summary>
internal sealed class PortalOnFakes(PageWorld world) : WebApplicationFactory<global::Program>
{
    /// <summary>The bare endpoint opens Portal's sign-in cookie with the key derived from it.</summary>
    public const string SecretKey = "bench-secret-key-0123456789abcdef0123456789";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["NATS_URL"] = "nats://127.0.0.1:4222",
        ["PLATFORM_API_URL"] = "http://127.0.0.1:8700/api",
        ["PLATFORM_API_SECRET"] = "bench-platform-secret-0123456789abcdef",
        ["PORTAL_ID"] = "portal-bench",
        ["SECRET_KEY"] = SecretKey,
        ["SHUTDOWN_DELAY"] = "00:00:00",
    };

    private static readonly DirectoryInfo EmptyKeyRepository = Directory.CreateTempSubdirectory("portal-bench-no-keys-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAdapterHostedServices();

            services.Configure<HealthCheckServiceOptions>(options =>
                options.Registrations.Remove(options.Registrations.Single(check => check.Name == "nats")));
            services.Configure<KeyManagementOptions>(options => options.XmlRepository =
                new FileSystemXmlRepository(EmptyKeyRepository, NullLoggerFactory.Instance));
            services.ReplacePort<TimeProvider>(world.Clock);
            services.ReplacePort<IIdentityProvider>(world.Identity);
            services.ReplacePort<ITenantDirectory>(world.Tenants);
            services.ReplacePort<IPatientRegistry>(world.PatientRegistry);
            services.ReplacePort<IInsurancePolicyRegistry>(world.Policies);
            services.ReplacePort<IClaimRegistry>(world.Claims);
            services.ReplacePort<IPracticeDashboard>(world.Dashboard);
            services.ReplacePort<ITenantEventFeed>(world.Events);
            services.ReplacePort<IEncounterRegistry>(world.Encounters);
            services.ReplacePort<IBillingLedger>(world.Billing);
            services.ReplacePort<IServiceCatalog>(world.Catalog);
            services.ReplacePort<ISupportDesk>(world.Support);
            services.ReplacePort<ITeamDirectory>(world.Team);
            services.ReplacePort<ICompanyRecords>(world.Company);
            services.ReplacePort<IAddressBook>(world.Addresses);
            services.ReplacePort<IPlatformSessions>(world.Sessions);
            services.ReplacePort<IAccountProfile>(world.Profile);
            services.ReplacePort<IPrivacyOffice>(world.Privacy);
        });
    }
}
