using System.Text.Json;
using Portal.Demo.Backend;
using Portal.Demo.Backend.Data;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Data;

public sealed class DeterminismTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    [Fact]
    public async Task Two_hosts_seed_and_serve_identical_data()
    {
        var options = new DemoBackendOptions { BroadcastInterval = TimeSpan.Zero, SeedDate = Day };
        await using var first = await DemoBackendHost.StartAsync(options);
        await using var second = await DemoBackendHost.StartAsync(options);
        using var http = new HttpClient();

        Assert.Equal(Snapshot(first.World), Snapshot(second.World));
        foreach (var endpoint in new[] { "billing/invoices/", "services/", "tickets/" })
        {
            var (_, a) = await new PlatformClient(first, http).PostAsync(endpoint, PlatformClient.Dana, PlatformClient.Harbor);
            var (_, b) = await new PlatformClient(second, http).PostAsync(endpoint, PlatformClient.Dana, PlatformClient.Harbor);
            Assert.Equal(a.GetRawText(), b.GetRawText());
        }
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        Assert.NotEqual(Snapshot(DemoSeeder.Create(Day)), Snapshot(DemoSeeder.Create(Day, seed: 7)));
    }

    [Fact]
    public void The_world_holds_what_the_demo_promises()
    {
        var world = DemoSeeder.Create(Day);

        Assert.Equal(4, world.Tenants.Count);
        Assert.Equal(230, world.Patients.Count);
        Assert.All(world.Tenants, tenant => Assert.Contains(world.Patients, p => p.TenantId == tenant.Id));
        Assert.Equal(world.Patients.Count, world.Patients.Select(p => p.Id).Distinct().Count());
        Assert.All(world.Patients, p => Assert.Matches(@"^\d{4}$", p.SsnLastFour));
        Assert.Contains(world.Policies, p => p.CoverageOrder == 2);
        Assert.All(world.Claims, c => Assert.NotEmpty(c.Lines));
        Assert.All(world.Tenants.Where(t => t.PlatformCustomerId is not null), t => Assert.Contains(world.Invoices, i => i.CustomerId == t.Id));
        Assert.DoesNotContain(world.Invoices, i => i.CustomerId == "tnt-lakeside");
        Assert.All(world.Claims, c => Assert.Contains(world.Encounters, e => e.PatientId == c.PatientId && DateOnly.FromDateTime(e.Date.UtcDateTime) == c.ServiceDate));
        Assert.All(world.Services, s => Assert.Equal(90, s.Usage.Count));
        Assert.Contains(world.Tickets, t => t.Comments.Count > 0);
        Assert.Equal([2, 1, 0, 2, 1, 1, 1], world.Users.Select(u => u.ActiveMemberships.Count()));
    }

    private static string Snapshot(DemoWorld world) => JsonSerializer.Serialize(world);
}
