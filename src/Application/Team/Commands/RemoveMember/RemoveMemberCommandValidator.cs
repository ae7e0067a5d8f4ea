using Portal.Application.Common.Validation;

namespace Portal.Application.Team.Commands.RemoveMember;

internal sealed class RemoveMemberCommandValidator : TenantScopedValidator<RemoveMemberCommand>
{
    public RemoveMemberCommandValidator() => RuleFor(x => x.MemberUserId).MustBeMemberId();
}
