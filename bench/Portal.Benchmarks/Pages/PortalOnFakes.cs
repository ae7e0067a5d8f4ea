using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
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

namespace Portal.Benchmarks.Pages;

/// <summary>
/// Portal's own <c>Program</c> in memory (TestServer), configured as the load run starts it (production, both backends),
/// with every port answering from <see cref="PageWorld"/>'s fakes, as the functional tests' <c>PortalApp</c> wires them.
/// The adapters' hosted NATS connection and its readiness check go, so nothing is dialled.
/// </summary>
internal sealed class PortalOnFakes(PageWorld world) : WebApplicationFactory<global::Program>
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["NATS_URL"] = "nats://127.0.0.1:4222",
        ["PLATFORM_API_URL"] = "http://127.0.0.1:8700/api",
        ["PLATFORM_API_SECRET"] = "bench-platform-secret-0123456789abcdef",
        ["PORTAL_ID"] = "portal-bench",
        ["SECRET_KEY"] = "bench-secret-key-0123456789abcdef0123456789",
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
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && IsFromAdapter(d)).ToList())
            {
                services.Remove(hosted);
            }

            services.Configure<HealthCheckServiceOptions>(options =>
                options.Registrations.Remove(options.Registrations.Single(check => check.Name == "nats")));
            services.Configure<KeyManagementOptions>(options => options.XmlRepository =
                new FileSystemXmlRepository(EmptyKeyRepository, NullLoggerFactory.Instance));
            Replace<TimeProvider>(services, world.Clock);
            Replace<IIdentityProvider>(services, world.Identity);
            Replace<ITenantDirectory>(services, world.Tenants);
            Replace<IPatientRegistry>(services, world.PatientRegistry);
            Replace<IInsurancePolicyRegistry>(services, world.Policies);
            Replace<IClaimRegistry>(services, world.Claims);
            Replace<IPracticeDashboard>(services, world.Dashboard);
            Replace<ITenantEventFeed>(services, world.Events);
            Replace<IEncounterRegistry>(services, world.Encounters);
            Replace<IBillingLedger>(services, world.Billing);
            Replace<IServiceCatalog>(services, world.Catalog);
            Replace<ISupportDesk>(services, world.Support);
            Replace<ITeamDirectory>(services, world.Team);
            Replace<ICompanyRecords>(services, world.Company);
            Replace<IAddressBook>(services, world.Addresses);
            Replace<IPlatformSessions>(services, world.Sessions);
            Replace<IAccountProfile>(services, world.Profile);
            Replace<IPrivacyOffice>(services, world.Privacy);
        });
    }

    private static void Replace<TPort>(IServiceCollection services, TPort fake)
        where TPort : class
    {
        services.RemoveAll<TPort>();
        services.AddSingleton(fake);
    }

    private static bool IsFromAdapter(ServiceDescriptor descriptor)
    {
        var type = descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType() ?? descriptor.ImplementationFactory?.Method.DeclaringType;
        return type?.Assembly.GetName().Name?.StartsWith("Portal.Adapters.", StringComparison.Ordinal) == true;
    }
}
