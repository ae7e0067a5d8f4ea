using Portal.Domain.Tenants;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests;

/// <summary>The shared fakes filled with this project's <see cref="Samples"/> where a test needs a world to start from.</summary>
internal static class SeededFakes
{
    /// <summary>Knows Ada, who signs in with her password.</summary>
    public static FakeIdentityProvider Identity()
    {
        var identity = new FakeIdentityProvider();
        identity.Add(Samples.Ada, Samples.AdaToken, Samples.AdaPassword);
        return identity;
    }

    /// <summary>Grants the caller of <see cref="Samples.Access"/> their tenant; a test denies it with an answer of its own.</summary>
    public static FakeTenantDirectory Tenants()
    {
        var tenants = new FakeTenantDirectory();
        tenants.Grant(Samples.Ada.Id, new Tenant(Samples.Tenant, "Springfield Clinic", TenantStatus.Active, "admin", ["patients"]));
        return tenants;
    }

    /// <summary>Answers every dashboard source with sample data.</summary>
    public static FakePracticeDashboard Dashboard() => new()
    {
        Stats = Samples.Stats(),
        RecentActivity = [Samples.Activity()],
        Alerts = [Samples.Alert()],
    };
}
