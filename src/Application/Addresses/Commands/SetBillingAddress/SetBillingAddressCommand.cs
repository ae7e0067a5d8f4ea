using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Addresses.Commands.SetBillingAddress;

/// <summary>Makes one address the billing address; the address that was no longer is. Owners only (<see cref="RoleRules"/>).</summary>
public sealed record SetBillingAddressCommand(AccessContext Access, long AddressId) : IRequest<Unit>, IRoleGatedCommand;
