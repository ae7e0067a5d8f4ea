using System.Collections.Concurrent;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// The users a test adds, each with the token that verifies as them and, for those who sign in, a password that hands the
/// token out. A revoked token no longer verifies; adding a user again replaces their token and password.
/// </summary>
public sealed class FakeIdentityProvider : IIdentityProvider
{
    /// <summary>The portal every token is issued for.</summary>
    private const string Portal = "customer";

    private readonly ConcurrentDictionary<UserId, (User User, string Token, string? Password)> accounts = new();
    private readonly ConcurrentDictionary<string, bool> revoked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SecondStepChallenge> secondSteps = new(StringComparer.Ordinal);

    /// <summary>When set, every call fails with it.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Adds a user whose <paramref name="token"/> verifies as them; with a password, they can also sign in.</summary>
    public void Add(User user, string token, string? password = null) => accounts[user.Id] = (user, token, password);

    public void Revoke(string token) => revoked[token] = true;

    /// <summary>Makes the right password of <paramref name="email"/> answer with this second step instead of a sign-in.</summary>
    public void RequireSecondStep(string email, SecondStepChallenge challenge) => secondSteps[email] = challenge;

    /// <summary>The tokens <see cref="SignOutAsync"/> was asked to end, in order.</summary>
    public ConcurrentQueue<string> SignedOut { get; } = new();

    public Task<SignInAttempt> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        if (Failure is { } failure)
        {
            return Task.FromException<SignInAttempt>(failure);
        }

        var account = accounts.Values.FirstOrDefault(a => a.User.Email == email && a.Password is not null && a.Password == password);
        if (account.User is not { } user)
        {
            return Task.FromException<SignInAttempt>(new NotAuthenticatedException("The email address or password is wrong."));
        }

        return Task.FromResult(secondSteps.TryGetValue(email, out var challenge)
            ? SignInAttempt.SecondStepRequired(challenge)
            : SignInAttempt.Completed(new SignedInUser(user, new AccessToken(account.Token))));
    }

    public Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken)
    {
        if (Failure is { } failure)
        {
            return Task.FromException<VerifiedToken>(failure);
        }

        var account = accounts.Values.FirstOrDefault(a => a.Token == token.Value && !revoked.ContainsKey(a.Token));
        return account.User is { } user
            ? Task.FromResult(new VerifiedToken(user.Id, Portal))
            : Task.FromException<VerifiedToken>(new NotAuthenticatedException("Your sign-in has expired."));
    }

    /// <summary>Ends the token as a backend with <c>htpi.auth.logout</c> does: it no longer verifies.</summary>
    public Task SignOutAsync(AccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (Failure is { } failure)
        {
            return Task.FromException(failure);
        }

        SignedOut.Enqueue(token.Value);
        Revoke(token.Value);
        return Task.CompletedTask;
    }
}
