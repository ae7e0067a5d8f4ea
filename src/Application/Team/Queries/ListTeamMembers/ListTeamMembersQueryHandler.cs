using MediatR;
using Portal.Application.Team.Ports;
using Portal.Domain.Team;

namespace Portal.Application.Team.Queries.ListTeamMembers;

internal sealed class ListTeamMembersQueryHandler(ITeamDirectory directory) : IRequestHandler<ListTeamMembersQuery, IReadOnlyList<TeamMember>>
{
    public Task<IReadOnlyList<TeamMember>> Handle(ListTeamMembersQuery request, CancellationToken cancellationToken) =>
        directory.ListAsync(request.Access.ToScope(), cancellationToken);
}
