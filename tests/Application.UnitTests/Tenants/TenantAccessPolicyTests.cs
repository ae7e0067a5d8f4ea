using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Queries.GetDashboard;
using Portal.Application.Tenants.Queries.ConfirmTenantAccess;
using Portal.Application.Tickets.Queries.ListTicketCategories;

namespace Portal.Application.UnitTests.Tenants;

/// <summary>
/// When one backend checks the membership on each of its calls (the Platform alone), Portal asks the directory only for
/// a request that makes no call of its own; otherwise it asks alongside every tenant-scoped request.
/// </summary>
public sealed class TenantAccessPolicyTests
{
    [Fact]
    public async Task By_default_every_tenant_scoped_request_is_checked()
    {
        var pipeline = new TestPipeline();

        await pipeline.Mediator.Send(new GetDashboardQuery(Samples.Access));

        Assert.Single(pipeline.Tenants.AccessChecks);
    }

    [Fact]
    public async Task When_the_backend_checks_every_call_a_request_with_calls_of_its_own_is_not_checked_again()
    {
        var pipeline = new TestPipeline(TenantAccessPolicy.BackendChecks);

        var view = await pipeline.Mediator.Send(new GetDashboardQuery(Samples.Access));

        Assert.NotNull(view.Billing);
        Assert.Empty(pipeline.Tenants.AccessChecks);
    }

    [Fact]
    public async Task When_the_backend_checks_every_call_a_request_without_calls_asks_the_directory_once()
    {
        var pipeline = new TestPipeline(TenantAccessPolicy.BackendChecks);

        await pipeline.Mediator.Send(new ConfirmTenantAccessQuery(Samples.Access));
        Assert.Single(pipeline.Tenants.AccessChecks);

        await Assert.ThrowsAsync<NotFoundException>(
            () => pipeline.Mediator.Send(new ConfirmTenantAccessQuery(Samples.Access with { TenantId = "tenant-3" })));
        Assert.Equal(2, pipeline.Tenants.AccessChecks.Count);
    }

    [Fact]
    public async Task When_the_backend_checks_every_call_a_request_whose_calls_it_does_not_check_is_checked_here()
    {
        var pipeline = new TestPipeline(TenantAccessPolicy.BackendChecks);

        await pipeline.Mediator.Send(new ListTicketCategoriesQuery(Samples.Access));
        Assert.Single(pipeline.Tenants.AccessChecks);

        await Assert.ThrowsAsync<NotFoundException>(
            () => pipeline.Mediator.Send(new ListTicketCategoriesQuery(Samples.Access with { TenantId = "tenant-3" })));
    }
}
