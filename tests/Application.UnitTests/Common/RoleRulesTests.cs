using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Behaviours;
using Portal.Domain.Identity;

namespace Portal.Application.UnitTests.Common;

/// <summary>
/// The role table and the behaviour that enforces it, for every gated command of the Application assembly (whoever added
/// it): each has one row, each row belongs to a gated command, and a gated command without a row is refused loudly.
/// </summary>
public sealed class RoleRulesTests
{
    private static readonly Type[] GatedCommands = typeof(ApplicationAssembly).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IRoleGatedCommand).IsAssignableFrom(type))
        .ToArray();

    [Fact]
    public void Every_role_gated_command_has_exactly_one_row()
    {
        Assert.NotEmpty(GatedCommands);
        var withoutRow = GatedCommands.Where(type => !RoleRules.ByCommand.ContainsKey(type)).Select(type => type.Name);

        // The table is keyed by type, so a row is at most one; this proves it is at least one.
        Assert.Empty(withoutRow);
    }

    [Fact]
    public void Every_row_belongs_to_a_role_gated_command_of_the_application()
    {
        Assert.NotEmpty(RoleRules.ByCommand);
        var strangers = RoleRules.ByCommand.Keys
            .Where(type => !typeof(IRoleGatedCommand).IsAssignableFrom(type) || type.Assembly != typeof(ApplicationAssembly).Assembly)
            .Select(type => type.Name);

        Assert.Empty(strangers);
    }

    [Fact]
    public void Every_row_names_its_action_and_only_known_roles()
    {
        foreach (var (command, rule) in RoleRules.ByCommand)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Action), command.Name + " has no action");
            Assert.NotEmpty(rule.Roles);
            Assert.All(rule.Roles, role => Assert.Contains(role, CustomerRoles.All));
        }
    }

    [Fact]
    public async Task A_role_gated_command_without_a_row_is_refused_before_its_handler_runs()
    {
        var behaviour = new RoleRuleBehavior<UnlistedGatedCommand, Unit>();
        var handled = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => behaviour.Handle(
            new UnlistedGatedCommand(new AccessContext("token-123", "user-1", "tenant-1") { PlatformRole = CustomerRoles.Owner }),
            CancellationToken.None,
            () =>
            {
                handled = true;
                return Task.FromResult(Unit.Value);
            }));

        Assert.Contains(nameof(UnlistedGatedCommand), error.Message, StringComparison.Ordinal);
        Assert.False(handled);
        Assert.Throws<InvalidOperationException>(() => RoleRules.Permits<UnlistedGatedCommand>(CustomerRoles.Owner));
    }

    /// <summary>Gated, but in no row: only this test knows it.</summary>
    private sealed record UnlistedGatedCommand(AccessContext Access) : IRequest<Unit>, IRoleGatedCommand;
}
