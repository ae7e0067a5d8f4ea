using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Addresses.Commands.DeleteAddress;

/// <summary>Deletes one address (the Platform keeps it, marked deleted). The only primary or billing address cannot go: the Platform refuses with its reason. Owners only (<see cref="RoleRules"/>).</summary>
public sealed record DeleteAddressCommand(AccessContext Access, long AddressId) : IRequest<Unit>, IRoleGatedCommand;
