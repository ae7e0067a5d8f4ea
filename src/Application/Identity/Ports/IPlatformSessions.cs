using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Ports;

/// <summary>Whether the Platform still accepts a user, and a fingerprint of their memberships.</summary>
public interface IPlatformSessions
{
    /// <summary>
    /// Throws <see cref="SignInRevokedException"/> when the Platform no longer knows the user as active,
    /// <see cref="BackendUnavailableException"/> when it does not answer.
    /// </summary>
    Task<PlatformSession> ValidateAsync(long platformUserId, CancellationToken cancellationToken);
}
