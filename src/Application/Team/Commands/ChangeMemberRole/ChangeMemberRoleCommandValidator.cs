using Portal.Application.Common.Validation;

namespace Portal.Application.Team.Commands.ChangeMemberRole;

internal sealed class ChangeMemberRoleCommandValidator : TenantScopedValidator<ChangeMemberRoleCommand>
{
    public ChangeMemberRoleCommandValidator()
    {
        RuleFor(x => x.MemberUserId).MustBeMemberId();
        RuleFor(x => x.NewRole).MustBeRole();
    }
}
