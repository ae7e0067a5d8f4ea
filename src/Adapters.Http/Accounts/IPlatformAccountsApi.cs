using Portal.Adapters.Http.Accounts.Dtos;
using Portal.Adapters.Http.Platform.Signing;
using Refit;

namespace Portal.Adapters.Http.Accounts;

/// <summary>The Platform's <c>/users/</c> endpoints, implemented by Refit's source generator; bodies arrive serialized and hashed.</summary>
[Headers("Accept: application/json")]
internal interface IPlatformAccountsApi
{
    const string SignInRoute = "/users/login/";
    const string CustomersRoute = "/users/customers/";
    const string VerifyAccessRoute = "/users/verify-customer-access/";

    [Post(SignInRoute)]
    Task<SignInAnswer> SignInAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(CustomersRoute)]
    Task<CustomersAnswer> ListCustomersAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(VerifyAccessRoute)]
    Task<VerifyAccessAnswer> VerifyAccessAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
