using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tenants.Queries.ConfirmTenantAccess;

namespace Portal.Application.UnitTests.Tenants;

/// <summary>The access check on its own, through the real pipeline: what a page that shows no tenant data asks.</summary>
public sealed class ConfirmTenantAccessQueryTests
{
    private readonly TestPipeline pipeline = new();

    [Fact]
    public async Task The_callers_own_tenant_is_confirmed_by_one_access_check()
    {
        await pipeline.Mediator.Send(new ConfirmTenantAccessQuery(Samples.Access));

        Assert.Equal([Samples.Access.ToScope()], pipeline.Tenants.AccessChecks);
    }

    [Fact]
    public async Task Another_users_tenant_is_the_same_not_found_as_one_that_does_not_exist()
    {
        var others = await Assert.ThrowsAsync<NotFoundException>(
            () => pipeline.Mediator.Send(new ConfirmTenantAccessQuery(Samples.Access with { TenantId = "tenant-3" })));
        var missing = await Assert.ThrowsAsync<NotFoundException>(
            () => pipeline.Mediator.Send(new ConfirmTenantAccessQuery(Samples.Access with { TenantId = "tenant-404" })));

        Assert.Equal(missing.Message, others.Message);
    }

    [Fact]
    public async Task A_malformed_tenant_id_is_a_validation_error_before_any_access_check()
    {
        await Assert.ThrowsAsync<RequestValidationException>(
            () => pipeline.Mediator.Send(new ConfirmTenantAccessQuery(new AccessContext(Samples.Access.Token, Samples.Access.UserId, "bad id!"))));

        Assert.Empty(pipeline.Tenants.AccessChecks);
    }
}
