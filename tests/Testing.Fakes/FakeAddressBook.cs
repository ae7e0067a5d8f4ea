using System.Collections.Concurrent;
using Portal.Application.Addresses.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Addresses;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// An address book with the Platform's rules: at most ten addresses, one primary and one billing address (a new mark
/// clears it on the others), the only primary or billing address cannot be deleted, an unknown id is not found. Each
/// change is remembered by name ("add", "update", "delete", "primary", "billing") with the address id.
/// </summary>
public sealed class FakeAddressBook : FakeTenantPort, IAddressBook
{
    private readonly Lock sync = new();
    private readonly List<CompanyAddress> addresses =
    [
        new(11, new AddressLines("Head office", "Str. Memorandumului 28", "", "Cluj-Napoca", "Cluj", "400114", "Romania"), true, false, true),
        new(12, new AddressLines("Accounts", "Bd. 21 Decembrie 1989 nr. 77", "", "Cluj-Napoca", "Cluj", "400604", "Romania"), false, true, true),
    ];

    private long nextId = 100;

    /// <summary>The changes that reached the book, in order.</summary>
    public ConcurrentQueue<(string Change, long AddressId)> Changes { get; } = new();

    public AddressLines? LastLines { get; private set; }

    public IReadOnlyList<CompanyAddress> Addresses
    {
        get
        {
            lock (sync)
            {
                return [.. addresses];
            }
        }
    }

    public void Add(CompanyAddress address)
    {
        lock (sync)
        {
            addresses.Add(address);
        }
    }

    public Task<IReadOnlyList<CompanyAddress>> ListAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Task.FromResult(Addresses));

    public Task AddAsync(TenantScope scope, AddressLines lines, bool primary, bool billing, CancellationToken cancellationToken)
    {
        LastLines = lines;
        return Answer(scope, cancellationToken, () => Change("add", 0, () =>
        {
            if (addresses.Count >= AddressLines.MaxAddressesPerCustomer)
            {
                throw new RequestRejectedException("Maximum of 10 addresses per customer.");
            }

            Mark(new CompanyAddress(++nextId, lines, primary, billing, true));
        }));
    }

    public Task UpdateAsync(TenantScope scope, long addressId, AddressLines lines, CancellationToken cancellationToken)
    {
        LastLines = lines;
        return Answer(scope, cancellationToken, () => Change("update", addressId, () => Replace(Find(addressId) with { Lines = lines })));
    }

    public Task DeleteAsync(TenantScope scope, long addressId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Change("delete", addressId, () =>
        {
            var address = Find(addressId);
            if (address.IsPrimary || address.IsBilling)
            {
                throw new RequestRejectedException(
                    $"Cannot delete the only {(address.IsPrimary ? "primary" : "billing")} address. Add a replacement first.");
            }

            addresses.Remove(address);
        }));

    public Task SetPrimaryAsync(TenantScope scope, long addressId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Change("primary", addressId, () => Mark(Find(addressId) with { IsPrimary = true })));

    public Task SetBillingAsync(TenantScope scope, long addressId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Change("billing", addressId, () => Mark(Find(addressId) with { IsBilling = true })));

    private Task<bool> Change(string name, long addressId, Action change)
    {
        Changes.Enqueue((name, addressId));
        try
        {
            lock (sync)
            {
                change();
            }

            return Task.FromResult(true);
        }
        catch (PortalException refused)
        {
            return Task.FromException<bool>(refused);
        }
    }

    private CompanyAddress Find(long addressId) =>
        addresses.FirstOrDefault(address => address.Id == addressId) ?? throw new NotFoundException("address");

    /// <summary>Stores <paramref name="address"/>, taking its primary and billing marks from the others.</summary>
    private void Mark(CompanyAddress address)
    {
        for (var i = 0; i < addresses.Count; i++)
        {
            addresses[i] = addresses[i] with
            {
                IsPrimary = addresses[i].IsPrimary && !address.IsPrimary,
                IsBilling = addresses[i].IsBilling && !address.IsBilling,
            };
        }

        Replace(address);
    }

    private void Replace(CompanyAddress address)
    {
        var index = addresses.FindIndex(existing => existing.Id == address.Id);
        if (index >= 0)
        {
            addresses[index] = address;
        }
        else
        {
            addresses.Add(address);
        }
    }
}
