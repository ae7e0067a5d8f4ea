using Portal.Domain.Tenants;

namespace Portal.Domain.UnitTests.Tenants;

public sealed class TenantTests
{
    [Fact]
    public void A_role_the_backend_did_not_give_is_none_not_one_made_up()
    {
        var tenant = new Tenant(new TenantId("tenant-1"), "Springfield Clinic", TenantStatus.Active, null, []);

        Assert.Null(tenant.Role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_role_is_refused_rather_than_shown_as_one(string role) =>
        Assert.Throws<ArgumentException>(() => new Tenant(new TenantId("tenant-1"), "Springfield Clinic", TenantStatus.Active, role, []));
}
