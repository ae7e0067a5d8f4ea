namespace Portal.Application.Common.Access;

/// <summary>
/// A command that only some of a customer's roles may send. Its rule is a row of <see cref="RoleRules"/>; the
/// <see cref="Behaviours.RoleRuleBehavior{TRequest,TResponse}"/> refuses it before any backend call when the caller's
/// role (<see cref="AccessContext.PlatformRole"/>) is not one the rule allows.
/// </summary>
public interface IRoleGatedCommand : ITenantScopedCommand;
