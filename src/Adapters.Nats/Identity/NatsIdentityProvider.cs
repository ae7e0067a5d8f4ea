using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Identity;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Identity;

/// <summary>Sign-in over <c>htpi.auth.login</c>, token checks over <c>htpi.auth.verify</c>, sign-out over <c>htpi.auth.logout</c>.</summary>
internal sealed class NatsIdentityProvider(HtpiRequester requester) : IIdentityProvider
{
    /// <summary><c>htpi.auth.login</c> has no second step: a sign-in it accepts is complete.</summary>
    public Task<SignInAttempt> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        requester.RequestAsync(
            HtpiOperations.Login,
            stamp => new LoginRequest(stamp, email, password),
            HtpiRequestJsonContext.Default.LoginRequest,
            HtpiJsonContext.Default.LoginAnswer,
            answer => SignInAttempt.Completed(IdentityMapper.ToSignedInUser(answer)),
            cancellationToken);

    public Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return requester.RequestAsync(
            HtpiOperations.VerifyToken,
            stamp => new VerifyTokenRequest(stamp, token.Value),
            HtpiRequestJsonContext.Default.VerifyTokenRequest,
            HtpiJsonContext.Default.VerifyTokenAnswer,
            IdentityMapper.ToVerifiedToken,
            cancellationToken);
    }

    /// <summary>A deployment without a responder for <c>htpi.auth.logout</c> cannot end tokens: that is not a failure.</summary>
    public async Task SignOutAsync(AccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        try
        {
            await requester.RequestAsync(
                HtpiOperations.SignOut,
                stamp => new SignOutRequest(stamp, token.Value),
                HtpiRequestJsonContext.Default.SignOutRequest,
                HtpiJsonContext.Default.SignOutAnswer,
                answer => answer,
                cancellationToken).ConfigureAwait(false);
        }
        catch (BackendUnavailableException unavailable) when (unavailable.InnerException is NoRespondersException)
        {
        }
    }
}
