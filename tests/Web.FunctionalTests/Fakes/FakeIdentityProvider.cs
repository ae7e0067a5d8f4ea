using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Knows Ada (who signs in with a password) and Bob (whose token a test may plant); a token can be revoked.</summary>
internal sealed class FakeIdentityProvider : IIdentityProvider
{
    private readonly HashSet<string> revoked = [];

    public static User Ada { get; } = new(new UserId(Samples.AdaId), Samples.AdaEmail, "Ada Lovelace", "customer", [new TenantId("tenant-1")]);

    public static User Bob { get; } = new(new UserId(Samples.BobId), "bob@example.com", "Bob Builder", "customer", [new TenantId("tenant-3")]);

    /// <summary>The token Ada is given at sign-in and that verifies as hers.</summary>
    public string AdaToken { get; set; } = Samples.AdaToken;

    public Exception? Failure { get; set; }

    public int Verifications { get; private set; }

    public void Revoke(string token)
    {
        lock (revoked)
        {
            revoked.Add(token);
        }
    }

    public Task<SignedInUser> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return Task.FromException<SignedInUser>(Failure);
        }

        return email == Samples.AdaEmail && password == Samples.AdaPassword
            ? Task.FromResult(new SignedInUser(Ada, new AccessToken(AdaToken)))
            : Task.FromException<SignedInUser>(new NotAuthenticatedException("The email address or password is wrong."));
    }

    public Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        lock (revoked)
        {
            Verifications++;
            if (Failure is not null)
            {
                return Task.FromException<VerifiedToken>(Failure);
            }

            var user = token.Value == AdaToken ? Ada : token.Value == Samples.BobToken ? Bob : null;
            return user is not null && !revoked.Contains(token.Value)
                ? Task.FromResult(new VerifiedToken(user.Id, user.Email, user.Role, "customer"))
                : Task.FromException<VerifiedToken>(new NotAuthenticatedException("Your sign-in has expired."));
        }
    }
}
