using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Team.Dtos;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Team;

namespace Portal.Adapters.Http.Team;

/// <summary>
/// <see cref="ITeamDirectory"/> over the Platform's <c>/customers/users/</c> endpoints (§5). The changes are writes and are
/// never retried: a lost answer may hide an invitation or removal the Platform did make. A 404 ("Membership not found.")
/// is the member not found; the invitation's refusals name the input they concern, so the form shows them beside it.
/// </summary>
internal sealed class PlatformTeamDirectory(IPlatformTeamApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Team, pipelines, time), ITeamDirectory
{
    /// <summary>The invitation form's inputs as the Platform names them; its refusals say which one they are about.</summary>
    public const string EmailField = "email";

    public const string RoleField = "role";

    public Task<IReadOnlyList<TeamMember>> ListAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformTeamApi.ListRoute,
            Scoped(new ScopedRequest(), scope),
            TeamJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("team"),
            api.ListAsync,
            answer => TeamMapper.ToMembers(answer.Users),
            cancellationToken);

    public async Task<MemberInvitation> InviteAsync(TenantScope scope, NewMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var body = new InviteMemberRequest
        {
            Email = member.Email,
            FirstName = member.FirstName,
            LastName = member.LastName,
            Role = member.Role,
        };
        try
        {
            return await PostAsync(
                    IPlatformTeamApi.CreateRoute,
                    Scoped(body, scope),
                    TeamJsonContext.Platform.InviteMemberRequest,

                    // There is no member yet: a 403 here is the caller's own access to the customer gone (§1.3).
                    PlatformCall.Write("tenant"),
                    api.CreateAsync,
                    TeamMapper.ToInvitation,
                    cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestRejectedException rejected) when (rejected.FieldErrors.Count == 0 && FieldOf(rejected.Message) is { } field)
        {
            throw new RequestRejectedException(
                rejected.Message, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [field] = [rejected.Message] });
        }
    }

    public Task ChangeRoleAsync(TenantScope scope, long memberUserId, string role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        return PostAsync(
            IPlatformTeamApi.RoleRoute,
            Scoped(new ChangeRoleRequest { TargetUserId = memberUserId, NewRole = role }, scope),
            TeamJsonContext.Platform.ChangeRoleRequest,
            PlatformCall.Write("member"),
            api.ChangeRoleAsync,
            answer => answer.Message,
            cancellationToken);
    }

    public Task RemoveAsync(TenantScope scope, long memberUserId, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformTeamApi.RemoveRoute,
            Scoped(new RemoveMemberRequest { TargetUserId = memberUserId }, scope),
            TeamJsonContext.Platform.RemoveMemberRequest,
            PlatformCall.Write("member"),
            api.RemoveAsync,
            answer => answer.Message,
            cancellationToken);

    /// <summary>
    /// Which input a refusal of the invitation is about (§5's messages: the e-mail is missing, invalid, in use elsewhere or
    /// already a member; the role is invalid); null for any other.
    /// </summary>
    private static string? FieldOf(string message) =>
        message.Contains("email", StringComparison.OrdinalIgnoreCase) || message.Contains("already a member", StringComparison.OrdinalIgnoreCase)
            ? EmailField
            : message.Contains("role", StringComparison.OrdinalIgnoreCase) ? RoleField : null;
}
