using Portal.Adapters.Http.Platform.Signing;
using Portal.Adapters.Http.Profile.Dtos;
using Refit;

namespace Portal.Adapters.Http.Profile;

/// <summary>
/// The Platform's <c>users/profile/</c> (§3), implemented by Refit's source generator: a POST reads the profile, a PUT to
/// the same path changes it (and is signed with method <c>PUT</c>). Bodies arrive serialized and hashed.
/// </summary>
[Headers("Accept: application/json")]
internal interface IPlatformProfileApi
{
    const string ProfileRoute = "/users/profile/";

    [Post(ProfileRoute)]
    Task<ProfileAnswer> GetAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Put(ProfileRoute)]
    Task<ProfileAnswer> UpdateAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
