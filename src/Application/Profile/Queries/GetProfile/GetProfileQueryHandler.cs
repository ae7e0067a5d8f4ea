using MediatR;
using Portal.Application.Profile.Ports;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Queries.GetProfile;

internal sealed class GetProfileQueryHandler(IAccountProfile profiles) : IRequestHandler<GetProfileQuery, UserProfile>
{
    public Task<UserProfile> Handle(GetProfileQuery request, CancellationToken cancellationToken) =>
        profiles.GetAsync(request.Account.ToScope(), cancellationToken);
}
