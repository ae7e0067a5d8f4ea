using Portal.Demo.Backend;

namespace Portal.Architecture.Tests.BadFixture.Layering;

/// <summary>Breaks the rule that product code never touches the demo backend: it reads the demo's seed.</summary>
public static class PageUsingDemoSeed
{
    public static int TenantCount() => DemoSeed.Tenants();
}
