using Portal.Application.Common.Validation;

namespace Portal.Application.Team.Queries.ListTeamMembers;

internal sealed class ListTeamMembersQueryValidator : TenantScopedValidator<ListTeamMembersQuery>;
