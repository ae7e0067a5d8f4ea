using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Ports;

/// <summary>Signs users in to the customer portal, says whether a token is still good and ends it on sign-out.</summary>
public interface IIdentityProvider
{
    /// <summary>
    /// Answers a completed sign-in, or the second step the backend asks for before it completes one (no backend Portal
    /// speaks to asks for one yet). Throws <see cref="NotAuthenticatedException"/> for wrong credentials and for a user
    /// who may not use the customer portal; <see cref="BackendUnavailableException"/> when the identity backend does not
    /// answer.
    /// </summary>
    Task<SignInAttempt> SignInAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Throws <see cref="NotAuthenticatedException"/> when the token is expired, forged, revoked or not issued for the
    /// customer portal; <see cref="BackendUnavailableException"/> when the identity backend does not answer.
    /// </summary>
    Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the identity backend to stop accepting <paramref name="token"/>. Completes when it did, and also when the
    /// backend has no way to end a token (no responder, or no such operation in its contract). Throws
    /// <see cref="BackendUnavailableException"/> when it did not answer in time, <see cref="NotAuthenticatedException"/>
    /// when it no longer knows the token.
    /// </summary>
    Task SignOutAsync(AccessToken token, CancellationToken cancellationToken);
}
