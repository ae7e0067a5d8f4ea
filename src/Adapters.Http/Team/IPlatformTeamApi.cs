using Portal.Adapters.Http.Platform.Signing;
using Portal.Adapters.Http.Team.Dtos;
using Refit;

namespace Portal.Adapters.Http.Team;

/// <summary>The Platform's <c>/customers/users/</c> endpoints (§5), implemented by Refit's source generator; bodies arrive serialized and hashed.</summary>
[Headers("Accept: application/json")]
internal interface IPlatformTeamApi
{
    const string ListRoute = "/customers/users/";
    const string CreateRoute = "/customers/users/create/";
    const string RoleRoute = "/customers/users/role/";
    const string RemoveRoute = "/customers/users/remove/";

    [Post(ListRoute)]
    Task<TeamAnswer> ListAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(CreateRoute)]
    Task<TeamAnswer> CreateAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(RoleRoute)]
    Task<TeamAnswer> ChangeRoleAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(RemoveRoute)]
    Task<TeamAnswer> RemoveAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
