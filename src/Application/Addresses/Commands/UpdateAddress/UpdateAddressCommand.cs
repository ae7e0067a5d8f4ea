using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Addresses.Commands.UpdateAddress;

/// <summary>Replaces what one address says; its primary and billing marks stay. Owners only (<see cref="RoleRules"/>).</summary>
public sealed record UpdateAddressCommand(
    AccessContext Access,
    long AddressId,
    string Label,
    string Line1,
    string Line2,
    string City,
    string County,
    string PostalCode,
    string Country)
    : IRequest<Unit>, IRoleGatedCommand, IAddressFields;
