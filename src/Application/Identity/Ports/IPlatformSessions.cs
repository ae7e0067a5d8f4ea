using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Ports;

/// <summary>Whether the Platform still accepts a user, a fingerprint of their memberships, and the memberships themselves.</summary>
public interface IPlatformSessions
{
    /// <summary>
    /// Throws <see cref="SignInRevokedException"/> when the Platform no longer knows the user as active,
    /// <see cref="BackendUnavailableException"/> when it does not answer.
    /// </summary>
    Task<PlatformSession> ValidateAsync(long platformUserId, CancellationToken cancellationToken);

    /// <summary>The user's memberships with their roles (a menu: deactivated ones included; the Platform checks each call).</summary>
    Task<IReadOnlyList<PlatformMembership>> ListMembershipsAsync(long platformUserId, CancellationToken cancellationToken);
}
