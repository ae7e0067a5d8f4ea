using System.Text.Json.Serialization.Metadata;
using Portal.Adapters.Http.Company.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Application.Addresses.Ports;
using Portal.Domain.Addresses;
using Portal.Domain.Identity;

namespace Portal.Adapters.Http.Company;

/// <summary>
/// <see cref="IAddressBook"/> over <c>customers/addresses/</c> and its add, update, delete, set-primary and set-billing
/// endpoints. Every change is a write, sent once: a lost answer may hide a change the Platform made.
/// </summary>
internal sealed class PlatformAddressBook(IPlatformCompanyApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Company, pipelines, time), IAddressBook
{
    public Task<IReadOnlyList<CompanyAddress>> ListAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformCompanyApi.AddressesRoute,
            Scoped(new ScopedRequest(), scope),
            CompanyJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("address"),
            api.ListAddressesAsync,
            CompanyMapper.ToAddresses,
            cancellationToken);

    public Task AddAsync(TenantScope scope, AddressLines lines, bool primary, bool billing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var body = new AddAddressRequest
        {
            Label = lines.Label,
            AddressLine1 = lines.Line1,
            AddressLine2 = lines.Line2,
            City = lines.City,
            County = lines.County,
            PostalCode = lines.PostalCode,
            Country = lines.Country,
            IsPrimary = primary,
            IsBilling = billing,
        };
        return WriteAsync(IPlatformCompanyApi.AddAddressRoute, body, CompanyJsonContext.Platform.AddAddressRequest, api.AddAddressAsync, scope, cancellationToken);
    }

    public Task UpdateAsync(TenantScope scope, long addressId, AddressLines lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var body = new UpdateAddressRequest
        {
            AddressId = addressId,
            Label = lines.Label,
            AddressLine1 = lines.Line1,
            AddressLine2 = lines.Line2,
            City = lines.City,
            County = lines.County,
            PostalCode = lines.PostalCode,
            Country = lines.Country,
        };
        return WriteAsync(IPlatformCompanyApi.UpdateAddressRoute, body, CompanyJsonContext.Platform.UpdateAddressRequest, api.UpdateAddressAsync, scope, cancellationToken);
    }

    public Task DeleteAsync(TenantScope scope, long addressId, CancellationToken cancellationToken) =>
        WriteAsync(IPlatformCompanyApi.DeleteAddressRoute, new AddressIdRequest { AddressId = addressId }, CompanyJsonContext.Platform.AddressIdRequest, api.DeleteAddressAsync, scope, cancellationToken);

    public Task SetPrimaryAsync(TenantScope scope, long addressId, CancellationToken cancellationToken) =>
        WriteAsync(IPlatformCompanyApi.SetPrimaryRoute, new AddressIdRequest { AddressId = addressId }, CompanyJsonContext.Platform.AddressIdRequest, api.SetPrimaryAsync, scope, cancellationToken);

    public Task SetBillingAsync(TenantScope scope, long addressId, CancellationToken cancellationToken) =>
        WriteAsync(IPlatformCompanyApi.SetBillingRoute, new AddressIdRequest { AddressId = addressId }, CompanyJsonContext.Platform.AddressIdRequest, api.SetBillingAsync, scope, cancellationToken);

    private Task WriteAsync<TBody>(
        string endpoint,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        Func<HttpContent, string, CancellationToken, Task<CompanyAnswer>> send,
        TenantScope scope,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody =>
        PostAsync(endpoint, Scoped(body, scope), bodyType, PlatformCall.Write("address"), send, answer => answer, cancellationToken);
}
