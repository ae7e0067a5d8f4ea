using System.Collections.Concurrent;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Team;

namespace Portal.Testing.Fakes;

/// <summary>
/// A team that changes as it is told: an invitation adds a member (an address already in the team is refused as the
/// Platform refuses it, 409 beside the e-mail), a role change replaces the role, a removal takes the member out; a member
/// not in the team is not found. Every change is recorded, so a test sees what was sent and what never was.
/// </summary>
public sealed class FakeTeamDirectory : FakeTenantPort, ITeamDirectory
{
    private readonly ConcurrentDictionary<long, TeamMember> members = new();
    private long nextUserId = 5000;

    public ConcurrentQueue<NewMember> Invited { get; } = new();

    public ConcurrentQueue<(long UserId, string Role)> RoleChanges { get; } = new();

    public ConcurrentQueue<long> Removed { get; } = new();

    /// <summary>When set, every change (not the list) fails with it, as the Platform refusing one would.</summary>
    public Exception? ChangeFailure { get; set; }

    /// <summary>Whether an invitation's e-mail goes out.</summary>
    public bool SendsInviteEmail { get; set; } = true;

    /// <summary>Every change the team was asked to make.</summary>
    public int Changes => Invited.Count + RoleChanges.Count + Removed.Count;

    public void Add(TeamMember member) => members[member.UserId] = member;

    public Task<IReadOnlyList<TeamMember>> ListAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Task.FromResult<IReadOnlyList<TeamMember>>(
            [.. members.Values.OrderBy(m => m.Role, StringComparer.Ordinal).ThenBy(m => m.Email, StringComparer.Ordinal)]));

    public Task<MemberInvitation> InviteAsync(TenantScope scope, NewMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        Invited.Enqueue(member);
        return Answer(scope, cancellationToken, () =>
        {
            if (ChangeFailure is { } failure)
            {
                return Task.FromException<MemberInvitation>(failure);
            }

            if (members.Values.Any(m => string.Equals(m.Email, member.Email, StringComparison.OrdinalIgnoreCase)))
            {
                const string message = "This user is already a member of your organization.";
                return Task.FromException<MemberInvitation>(new RequestRejectedException(
                    message, new Dictionary<string, IReadOnlyList<string>> { ["email"] = [message] }));
            }

            var id = Interlocked.Increment(ref nextUserId);
            Add(new TeamMember(id, member.Email, member.FirstName, member.LastName, member.Role, false, null));
            return Task.FromResult(new MemberInvitation(id, SendsInviteEmail));
        });
    }

    public Task ChangeRoleAsync(TenantScope scope, long memberUserId, string role, CancellationToken cancellationToken)
    {
        RoleChanges.Enqueue((memberUserId, role));
        return Answer(scope, cancellationToken, () => ChangeFailure is { } failure
            ? Task.FromException<TeamMember>(failure)
            : members.TryGetValue(memberUserId, out var member)
            ? Task.FromResult(members[memberUserId] = member with { Role = role })
            : NotFound<TeamMember>("member"));
    }

    public Task RemoveAsync(TenantScope scope, long memberUserId, CancellationToken cancellationToken)
    {
        Removed.Enqueue(memberUserId);
        return Answer(scope, cancellationToken, () => ChangeFailure is { } failure
            ? Task.FromException<TeamMember>(failure)
            : members.TryRemove(memberUserId, out var member)
            ? Task.FromResult(member)
            : NotFound<TeamMember>("member"));
    }
}
