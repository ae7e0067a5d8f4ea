using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

internal static class TestScope
{
    public const string Token = "eyJhbGciOiJIUzI1NiJ9.test.signature";
    public const string UserId = "user-1";
    public const string TenantA = "tenant-a";
    public const string TenantB = "tenant-b";

    public static TenantScope Of(string tenantId = TenantA) => new(new AccessToken(Token), new UserId(UserId), new TenantId(tenantId));
}
