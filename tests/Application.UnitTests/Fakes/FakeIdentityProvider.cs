using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>Knows one customer-portal user, "ada@example.com" with password "correct horse", and the one token it issued.</summary>
internal sealed class FakeIdentityProvider : IIdentityProvider
{
    public const string Email = "ada@example.com";
    public const string Password = "correct horse";
    public const string IssuedToken = "issued-token";

    public static User Ada { get; } = new(new UserId("user-1"), Email, "Ada Lovelace", "customer", [new TenantId("tenant-1")]);

    public Task<SignedInUser> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        email == Email && password == Password
            ? Task.FromResult(new SignedInUser(Ada, new AccessToken(IssuedToken)))
            : Task.FromException<SignedInUser>(new NotAuthenticatedException("The email address or password is wrong."));

    public Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken) =>
        token.Value == IssuedToken
            ? Task.FromResult(new VerifiedToken(Ada.Id, Ada.Email, Ada.Role, "customer"))
            : Task.FromException<VerifiedToken>(new NotAuthenticatedException("Your sign-in has expired."));
}
