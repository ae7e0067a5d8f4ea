using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Ports;

/// <summary>Signs users in to the customer portal and says whether a token is still good.</summary>
public interface IIdentityProvider
{
    /// <summary>
    /// Throws <see cref="NotAuthenticatedException"/> for wrong credentials and for a user who may not use the customer
    /// portal; <see cref="BackendUnavailableException"/> when the identity backend does not answer.
    /// </summary>
    Task<SignedInUser> SignInAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Throws <see cref="NotAuthenticatedException"/> when the token is expired, forged, revoked or not issued for the
    /// customer portal; <see cref="BackendUnavailableException"/> when the identity backend does not answer.
    /// </summary>
    Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken);
}
