using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team;
using Portal.Application.Team.Commands.ChangeMemberRole;
using Portal.Application.Team.Commands.InviteMember;
using Portal.Application.Team.Commands.RemoveMember;
using Portal.Application.Team.Queries.GetTeamMember;
using Portal.Application.Team.Queries.ListTeamMembers;
using Portal.Domain.Team;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests.Team;

/// <summary>
/// The team's requests through the real pipeline over a fake team: owners only may change it (per role, before any call),
/// nobody acts on themselves, and the last owner stays.
/// </summary>
public sealed class TeamPipelineTests
{
    private const long Me = 42;
    private const long Colleague = 43;

    private readonly TestPipeline pipeline = new();

    public TeamPipelineTests()
    {
        Team.Add(Member(Me, "ada@example.com", "owner"));
        Team.Add(Member(Colleague, "grace@example.com", "tech"));
    }

    public static TheoryData<string?> Roles => new() { "owner", "billing", "tech", "viewer", null, "unknown" };

    private FakeTeamDirectory Team => pipeline.Team;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_an_owner_invites_and_nothing_is_sent_for_another_role(string? role)
    {
        var invite = new InviteMemberCommand(As(role), "linus@example.com", "Linus", "Torvalds", "tech");

        await SentOnlyForOwner(role, () => Send(invite));

        Assert.Equal(role == "owner" ? ["linus@example.com"] : [], Team.Invited.Select(m => m.Email));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_an_owner_changes_a_role_and_nothing_is_sent_for_another_role(string? role)
    {
        await SentOnlyForOwner(role, () => Send(new ChangeMemberRoleCommand(As(role), Colleague, "billing")));

        Assert.Equal(role == "owner" ? [(Colleague, "billing")] : [], Team.RoleChanges);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_an_owner_removes_and_nothing_is_sent_for_another_role(string? role)
    {
        await SentOnlyForOwner(role, () => Send(new RemoveMemberCommand(As(role), Colleague)));

        Assert.Equal(role == "owner" ? [Colleague] : [], Team.Removed);
    }

    [Fact]
    public async Task Any_role_reads_the_team()
    {
        var team = await Send(new ListTeamMembersQuery(As("viewer")));

        Assert.Equal([Me, Colleague], team.Select(m => m.UserId));
    }

    [Fact]
    public async Task An_owner_may_not_change_their_own_role_and_the_team_is_not_even_asked()
    {
        var refusal = await Assert.ThrowsAsync<RequestRejectedException>(() => Send(new ChangeMemberRoleCommand(As("owner"), Me, "viewer")));

        Assert.Equal(TeamRules.NotOnYourself, refusal.Message);
        Assert.Equal(0, Team.Calls);
    }

    [Fact]
    public async Task An_owner_may_not_remove_themselves()
    {
        var refusal = await Assert.ThrowsAsync<RequestRejectedException>(() => Send(new RemoveMemberCommand(As("owner"), Me)));

        Assert.Equal(TeamRules.NotOnYourself, refusal.Message);
        Assert.Empty(Team.Removed);
    }

    [Fact]
    public async Task The_last_owner_is_neither_demoted_nor_removed_and_the_platform_is_never_asked_to()
    {
        // The caller's cookie still says owner, but the team the Platform lists now has one owner: the colleague.
        Team.Add(Member(Me, "ada@example.com", "billing"));
        Team.Add(Member(Colleague, "grace@example.com", "owner"));

        var demotion = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Send(new ChangeMemberRoleCommand(As("owner"), Colleague, "tech")));
        var removal = await Assert.ThrowsAsync<RequestRejectedException>(() => Send(new RemoveMemberCommand(As("owner"), Colleague)));

        Assert.Equal(
            "Grace Member is the team's last owner, so their role cannot change. Make another member an owner first.", demotion.Message);
        Assert.Equal("Grace Member is the team's last owner, so they cannot be removed. Make another member an owner first.", removal.Message);
        Assert.Empty(Team.RoleChanges);
        Assert.Empty(Team.Removed);
    }

    [Fact]
    public async Task Another_owner_may_be_demoted_while_one_owner_stays()
    {
        Team.Add(Member(Colleague, "grace@example.com", "owner"));

        var before = await Send(new ChangeMemberRoleCommand(As("owner"), Colleague, "viewer"));

        Assert.Equal("owner", before.Role);
        Assert.Equal([(Colleague, "viewer")], Team.RoleChanges);
    }

    [Fact]
    public async Task Someone_not_in_the_team_is_not_found_and_nothing_is_changed()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Send(new RemoveMemberCommand(As("owner"), 99)));

        Assert.Equal("member", missing.What);
        Assert.Empty(Team.Removed);
        Assert.Equal("member", (await Assert.ThrowsAsync<NotFoundException>(() => Send(new GetTeamMemberQuery(As("viewer"), 99)))).What);
    }

    [Fact]
    public async Task An_invitation_with_a_bad_address_or_role_is_refused_beside_its_fields_before_any_call()
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new InviteMemberCommand(As("owner"), "not-an-address", "Linus", new string('x', 151), "admin")));

        Assert.Equal(["Email", "LastName", "Role"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Choose a role: owner, billing, tech, viewer."], refusal.Errors["Role"]);
        Assert.Equal(0, Team.Calls);
    }

    [Fact]
    public async Task An_invitation_with_a_name_on_two_lines_is_refused_beside_it()
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new InviteMemberCommand(As("owner"), "linus@example.com", "Linus\nAdmin", "Torvalds", "tech")));

        Assert.Equal(["First name must be one line, without tabs or other control characters."], refusal.Errors["FirstName"]);
        Assert.Equal(0, Team.Calls);
    }

    [Fact]
    public async Task An_invitation_is_sent_trimmed_and_answers_the_new_member()
    {
        var invitation = await Send(new InviteMemberCommand(As("owner"), "  linus@example.com ", " Linus ", "", "viewer"));

        Assert.Equal(new NewMember("linus@example.com", "Linus", "", "viewer"), Assert.Single(Team.Invited));
        Assert.True(invitation.InviteEmailSent);
        Assert.Contains(await Send(new ListTeamMembersQuery(As("owner"))), m => m.UserId == invitation.UserId);
    }

    [Fact]
    public async Task An_owner_of_a_tenant_the_caller_may_not_see_changes_nothing()
    {
        pipeline.Tenants.AccessAnswer = _ => Task.FromResult(false);

        await Assert.ThrowsAsync<NotFoundException>(() => Send(new RemoveMemberCommand(As("owner"), Colleague)));

        Assert.Empty(Team.Removed);
    }

    [Fact]
    public void Web_is_offered_no_change_of_yourself_or_of_the_last_owner()
    {
        IReadOnlyList<TeamMember> team = [Member(Me, "ada@example.com", "owner"), Member(Colleague, "grace@example.com", "owner"), Member(44, "linus@example.com", "viewer")];

        Assert.False(TeamRules.MayChange(team, Me, team[0]));
        Assert.True(TeamRules.MayChange(team, Me, team[1]));
        Assert.False(TeamRules.MayChange([team[1], team[2]], Me, team[1]));
        Assert.True(TeamRules.MayChange(team, Me, team[2]));
    }

    private static AccessContext As(string? role) => Samples.Access with { PlatformRole = role };

    private static TeamMember Member(long id, string email, string role) =>
        new(id, email, email.Split('@')[0] is var first ? char.ToUpperInvariant(first[0]) + first[1..] : email, "Member", role, false, null);

    private async Task SentOnlyForOwner(string? role, Func<Task> send)
    {
        if (role == "owner")
        {
            await send();
            return;
        }

        var refusal = await Assert.ThrowsAsync<ActionNotPermittedException>(send);
        Assert.Contains(role is null ? "could not confirm your role" : "the owner role does", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, Team.Calls);
    }

    private Task<T> Send<T>(IRequest<T> request) => pipeline.Mediator.Send(request);
}
