using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Addresses.Commands.SetPrimaryAddress;

/// <summary>Makes one address the primary one; the address that was primary no longer is. Owners only (<see cref="RoleRules"/>).</summary>
public sealed record SetPrimaryAddressCommand(AccessContext Access, long AddressId) : IRequest<Unit>, IRoleGatedCommand;
