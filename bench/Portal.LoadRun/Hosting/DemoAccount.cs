namespace Portal.LoadRun.Hosting;

/// <summary>The seeded demo login the load run signs in with, and the practice whose pages it loads.</summary>
internal static class DemoAccount
{
    public const string Email = "dana.whitfield@example.com";
    public const string Password = "demo-password-1";
    public const string Tenant = "tnt-riverside";
}
