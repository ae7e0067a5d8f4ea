using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Commands.SetAutoRenew;
using Portal.Application.Services.Queries.ListServicePlans;
using Portal.Domain.Common;
using Portal.Domain.Services;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests.Services;

/// <summary>The plan catalogue and the auto-renew switch: validators, handlers, and the role rule through the real pipeline.</summary>
public sealed class AutoRenewAndPlansTests
{
    [Fact]
    public async Task Listing_plans_asks_for_the_whole_catalogue()
    {
        var catalog = new FakeServiceCatalog { Plans = [Plan("p-1", "vps"), Plan("p-2", "email")] };

        var plans = await new ListServicePlansQueryHandler(catalog).Handle(new ListServicePlansQuery(ServiceSamples.Access), default);

        Assert.Equal(1, catalog.PlanListings);
        Assert.Equal(["p-1", "p-2"], plans.Select(plan => plan.Id));
    }

    [Theory]
    [InlineData("svc-1", true)]
    [InlineData("", false)]
    [InlineData("svc 1", false)]
    public void A_switch_names_a_service_by_its_id(string serviceId, bool valid) =>
        Assert.Equal(valid, new SetAutoRenewCommandValidator().Validate(new SetAutoRenewCommand(Owner, serviceId, false)).IsValid);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_handler_sends_the_state_asked_for(bool autoRenew)
    {
        var catalog = new FakeServiceCatalog();
        catalog.Add(ServiceSamples.Detail("svc-1"));

        await new SetAutoRenewCommandHandler(catalog).Handle(new SetAutoRenewCommand(Owner, "svc-1", autoRenew), default);

        Assert.Equal((new ServiceId("svc-1"), autoRenew), Assert.Single(catalog.AutoRenewChanges));
        Assert.Equal(Owner.ToScope(), catalog.LastScope);
    }

    [Theory]
    [InlineData("owner", true)]
    [InlineData("billing", true)]
    [InlineData("tech", false)]
    [InlineData("viewer", false)]
    [InlineData(null, false)]
    [InlineData("unknown", false)]
    public async Task Only_owner_and_billing_may_switch_auto_renew_and_nothing_is_sent_for_the_others(string? role, bool allowed)
    {
        var pipeline = new TestPipeline();
        pipeline.Services.Add(ServiceSamples.Detail("svc-1"));
        var command = new SetAutoRenewCommand(ServiceSamples.Access with { PlatformRole = role }, "svc-1", false);

        var sent = Send(pipeline, command);

        if (allowed)
        {
            await sent;
            Assert.Single(pipeline.Services.AutoRenewChanges);
        }
        else
        {
            var refused = await Assert.ThrowsAsync<ActionNotPermittedException>(() => sent);
            Assert.Contains("auto-renewal", refused.Message, StringComparison.Ordinal);
            Assert.Empty(pipeline.Services.AutoRenewChanges);
            Assert.Equal(0, pipeline.Services.Calls);
        }
    }

    [Fact]
    public void Web_offers_the_switch_to_the_roles_the_rule_allows()
    {
        Assert.True(RoleRules.Permits<SetAutoRenewCommand>("owner"));
        Assert.True(RoleRules.Permits<SetAutoRenewCommand>("billing"));
        Assert.False(RoleRules.Permits<SetAutoRenewCommand>("tech"));
        Assert.False(RoleRules.Permits<SetAutoRenewCommand>("viewer"));
    }

    [Fact]
    public async Task Another_tenants_service_is_not_found_before_the_role_is_judged()
    {
        var pipeline = new TestPipeline();
        pipeline.Tenants.AccessAnswer = _ => Task.FromResult(false);

        await Assert.ThrowsAsync<NotFoundException>(() => Send(pipeline, new SetAutoRenewCommand(ServiceSamples.Access with { PlatformRole = "viewer" }, "svc-1", true)));
        Assert.Equal(0, pipeline.Services.Calls);
    }

    private static AccessContext Owner { get; } = ServiceSamples.Access with { PlatformRole = "owner" };

    private static Task<Unit> Send(TestPipeline pipeline, SetAutoRenewCommand command) => pipeline.Mediator.Send(command);

    private static ServicePlan Plan(string id, string type) => new(id, "Plan " + id, type, new Money(1_000, "RON"), []);
}
