using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Services.Commands.SetAutoRenew;

/// <summary>
/// Switches one of the tenant's services' auto-renewal on or off. Only the owner and billing roles may (see
/// <see cref="RoleRules"/>): renewing is what gets billed.
/// </summary>
public sealed record SetAutoRenewCommand(AccessContext Access, string ServiceId, bool AutoRenew) : IRequest<Unit>, IRoleGatedCommand;
