using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Addresses.Commands.AddAddress;

/// <summary>
/// Adds an address to the tenant's customer, optionally as its primary or billing address (taking that mark from the
/// address that had it). Owners only (<see cref="RoleRules"/>).
/// </summary>
public sealed record AddAddressCommand(
    AccessContext Access,
    string Label,
    string Line1,
    string Line2,
    string City,
    string County,
    string PostalCode,
    string Country,
    bool MakePrimary,
    bool MakeBilling)
    : IRequest<Unit>, IRoleGatedCommand, IAddressFields;
