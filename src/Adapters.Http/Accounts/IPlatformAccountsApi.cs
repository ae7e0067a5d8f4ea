using Portal.Adapters.Http.Accounts.Dtos;
using Portal.Adapters.Http.Platform.Signing;
using Refit;

namespace Portal.Adapters.Http.Accounts;

/// <summary>
/// The Platform's account endpoints Portal uses (§3, §5), implemented by Refit's source generator; bodies arrive
/// serialized and hashed.
/// </summary>
[Headers("Accept: application/json")]
internal interface IPlatformAccountsApi
{
    const string SignInRoute = "/users/login/";
    const string CustomersRoute = "/users/customers/";
    const string SessionValidationRoute = "/users/session/validate/";
    const string CustomerDetailsRoute = "/customers/details/";

    [Post(SignInRoute)]
    Task<SignInAnswer> SignInAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(CustomersRoute)]
    Task<CustomersAnswer> ListCustomersAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(SessionValidationRoute)]
    Task<SessionValidationAnswer> ValidateSessionAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(CustomerDetailsRoute)]
    Task<CustomerDetailsAnswer> GetCustomerDetailsAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
