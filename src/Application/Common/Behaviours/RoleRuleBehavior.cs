using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Refuses an <see cref="IRoleGatedCommand"/> whose caller's role its <see cref="RoleRules"/> row does not allow, before
/// its handler sends anything. It runs after the tenant access check, so another customer's tenant stays "not found".
/// </summary>
internal sealed class RoleRuleBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is IRoleGatedCommand gated)
        {
            var rule = RoleRules.For(request.GetType());
            if (!rule.Allows(gated.Access.PlatformRole))
            {
                throw new ActionNotPermittedException(rule.RefusalFor(gated.Access.PlatformRole));
            }
        }

        return next();
    }
}
