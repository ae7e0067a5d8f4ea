using Portal.Adapters.Http.Company.Dtos;
using Portal.Adapters.Http.Platform.Signing;
using Refit;

namespace Portal.Adapters.Http.Company;

/// <summary>The Platform's <c>/customers/</c> company and address endpoints (platform-api.md §5), by Refit's source generator.</summary>
[Headers("Accept: application/json")]
internal interface IPlatformCompanyApi
{
    const string DetailsRoute = "/customers/details/";
    const string UpdateRoute = "/customers/update/";
    const string TaxProfileRoute = "/customers/tax-profile/";
    const string AddressesRoute = "/customers/addresses/";
    const string AddAddressRoute = "/customers/addresses/add/";
    const string UpdateAddressRoute = "/customers/addresses/update/";
    const string DeleteAddressRoute = "/customers/addresses/delete/";
    const string SetPrimaryRoute = "/customers/addresses/set-primary/";
    const string SetBillingRoute = "/customers/addresses/set-billing/";

    [Post(DetailsRoute)]
    Task<CompanyAnswer> GetDetailsAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(UpdateRoute)]
    Task<CompanyAnswer> UpdateAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(TaxProfileRoute)]
    Task<CompanyAnswer> UpdateTaxProfileAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(AddressesRoute)]
    Task<CompanyAnswer> ListAddressesAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(AddAddressRoute)]
    Task<CompanyAnswer> AddAddressAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(UpdateAddressRoute)]
    Task<CompanyAnswer> UpdateAddressAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(DeleteAddressRoute)]
    Task<CompanyAnswer> DeleteAddressAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(SetPrimaryRoute)]
    Task<CompanyAnswer> SetPrimaryAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(SetBillingRoute)]
    Task<CompanyAnswer> SetBillingAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
