using Portal.Domain.Identity;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Ports;

/// <summary>
/// The signed-in user's own profile. A user the backend does not know (or no longer accepts) is a
/// <see cref="Common.Exceptions.NotFoundException"/>; a backend that cannot answer is a
/// <see cref="Common.Exceptions.BackendUnavailableException"/> with area "profile".
/// </summary>
public interface IAccountProfile
{
    Task<UserProfile> GetAsync(AccountScope scope, CancellationToken cancellationToken);

    /// <summary>Saves every value of <paramref name="changes"/> (already validated: the backend checks nothing).</summary>
    Task UpdateAsync(AccountScope scope, ProfileChanges changes, CancellationToken cancellationToken);
}
