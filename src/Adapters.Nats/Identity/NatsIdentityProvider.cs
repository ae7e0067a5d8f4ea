using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Identity;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Identity;

/// <summary>Sign-in over <c>htpi.auth.login</c>, token checks over <c>htpi.auth.verify</c>.</summary>
internal sealed class NatsIdentityProvider(HtpiRequester requester) : IIdentityProvider
{
    public Task<SignedInUser> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        requester.RequestAsync(
            HtpiOperations.Login,
            stamp => new LoginRequest(stamp, email, password),
            HtpiJsonContext.Default.LoginRequest,
            HtpiJsonContext.Default.LoginAnswer,
            IdentityMapper.ToSignedInUser,
            cancellationToken);

    public Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return requester.RequestAsync(
            HtpiOperations.VerifyToken,
            stamp => new VerifyTokenRequest(stamp, token.Value),
            HtpiJsonContext.Default.VerifyTokenRequest,
            HtpiJsonContext.Default.VerifyTokenAnswer,
            IdentityMapper.ToVerifiedToken,
            cancellationToken);
    }
}
