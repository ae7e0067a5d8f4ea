using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Queries.GetProfile;

/// <summary>The caller's own profile.</summary>
public sealed record GetProfileQuery(AccountContext Account) : IRequest<UserProfile>, IAccountScopedRequest;
