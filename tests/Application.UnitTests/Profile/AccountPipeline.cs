using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Access;
using Portal.Application.Privacy.Ports;
using Portal.Application.Profile.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Application.UnitTests.Fakes;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests.Profile;

/// <summary>The real Application pipeline (AddApplication) with the account ports as fakes.</summary>
internal sealed class AccountPipeline
{
    public const long PlatformUserId = 1041;

    public AccountPipeline()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(FixedClock.Today);
        services.AddApplication();
        services.AddSingleton<ITenantDirectory>(Tenants);
        services.AddSingleton<IAccountProfile>(Profile);
        services.AddSingleton<IPrivacyOffice>(Privacy);
        Mediator = services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<IMediator>();
    }

    /// <summary>An account request never asks about tenants: this directory counts any call that would.</summary>
    public FakeTenantDirectory Tenants { get; } = SeededFakes.Tenants();

    public FakeAccountProfile Profile { get; } = new();

    public FakePrivacyOffice Privacy { get; } = new();

    public IMediator Mediator { get; }

    public static AccountContext Account { get; } = new("token-ada", "user-1", PlatformUserId);

    /// <summary>A user signed in without a Platform id (HTPI alone knows them).</summary>
    public static AccountContext WithoutPlatform { get; } = new("token-ada", "user-1", null);
}
