using Portal.Domain.Addresses;
using Portal.Domain.Identity;

namespace Portal.Application.Addresses.Ports;

/// <summary>
/// The customer's addresses. An address that does not exist, was deleted or belongs to another customer is a
/// <see cref="Common.Exceptions.NotFoundException"/>; a backend rule (at most ten addresses, the only primary or billing
/// address cannot go) is a <see cref="Common.Exceptions.RequestRejectedException"/> with the backend's reason.
/// </summary>
public interface IAddressBook
{
    /// <summary>The current addresses, primary and billing first, as the backend orders them.</summary>
    Task<IReadOnlyList<CompanyAddress>> ListAsync(TenantScope scope, CancellationToken cancellationToken);

    /// <summary>Adds an address; marking it primary or billing takes that mark from the address that had it.</summary>
    Task AddAsync(TenantScope scope, AddressLines lines, bool primary, bool billing, CancellationToken cancellationToken);

    /// <summary>Replaces what address <paramref name="addressId"/> says; its primary and billing marks stay as they are.</summary>
    Task UpdateAsync(TenantScope scope, long addressId, AddressLines lines, CancellationToken cancellationToken);

    Task DeleteAsync(TenantScope scope, long addressId, CancellationToken cancellationToken);

    Task SetPrimaryAsync(TenantScope scope, long addressId, CancellationToken cancellationToken);

    Task SetBillingAsync(TenantScope scope, long addressId, CancellationToken cancellationToken);
}
