using Portal.Application.Common.Validation;

namespace Portal.Application.Team.Queries.GetTeamMember;

internal sealed class GetTeamMemberQueryValidator : TenantScopedValidator<GetTeamMemberQuery>
{
    public GetTeamMemberQueryValidator() => RuleFor(x => x.MemberUserId).MustBeMemberId();
}
