using MediatR;
using Portal.Application.Common.Access;
using Microsoft.Extensions.DependencyInjection;
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
using Portal.Application.Services.Ports;
using Portal.Application.Team.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Application.Tickets.Ports;
using Portal.Application.UnitTests.Fakes;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests;

/// <summary>The real Application pipeline (AddApplication) over the fakes, as the composition root would build it.</summary>
internal sealed class TestPipeline
{
    /// <summary>The pipeline with <paramref name="policy"/> registered before AddApplication, as the composition root does.</summary>
    public TestPipeline(TenantAccessPolicy? policy = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(FixedClock.Today);
        if (policy is not null)
        {
            services.AddSingleton(policy);
        }

        services.AddApplication();
        services.AddSingleton<IPlatformSessions>(Sessions);
        services.AddSingleton<ITenantDirectory>(Tenants);
        services.AddSingleton<IIdentityProvider>(Identity);
        services.AddSingleton<IPatientRegistry>(Patients);
        services.AddSingleton<IInsurancePolicyRegistry>(Policies);
        services.AddSingleton<IClaimRegistry>(Claims);
        services.AddSingleton<IEncounterRegistry>(Encounters);
        services.AddSingleton<IPracticeDashboard>(Dashboard);
        services.AddSingleton<ITenantEventFeed>(Feed);
        services.AddSingleton<IBillingLedger>(Billing);
        services.AddSingleton<IServiceCatalog>(Services);
        services.AddSingleton<ISupportDesk>(Support);
        services.AddSingleton<ITeamDirectory>(Team);
        services.AddSingleton<ICompanyRecords>(Company);
        services.AddSingleton<IAddressBook>(AddressBook);
        Mediator = services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<IMediator>();
    }

    public FakeTenantDirectory Tenants { get; } = SeededFakes.Tenants();

    public FakePlatformSessions Sessions { get; } = new();

    public FakeIdentityProvider Identity { get; } = SeededFakes.Identity();

    public FakePatientRegistry Patients { get; } = new();

    public FakeInsurancePolicyRegistry Policies { get; } = new();

    public FakeClaimRegistry Claims { get; } = new();

    public FakeEncounterRegistry Encounters { get; } = new();

    public FakePracticeDashboard Dashboard { get; } = SeededFakes.Dashboard();

    public FakeTenantEventFeed Feed { get; } = new();

    public FakeBillingLedger Billing { get; } = new();

    public FakeServiceCatalog Services { get; } = new();

    public FakeSupportDesk Support { get; } = new();

    public FakeTeamDirectory Team { get; } = new();
    public FakeCompanyRecords Company { get; } = new();

    public FakeAddressBook AddressBook { get; } = new();

    public IMediator Mediator { get; }
}
