using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tenants.Ports;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Checks that the caller may see the tenant of an <see cref="ITenantScopedRequest"/>. The check and the handler's queries
/// leave together, so a page costs one backend round trip of latency rather than two; the handler's answer is released only
/// once access was granted, and a refusal looks exactly like a tenant that does not exist.
/// </summary>
internal sealed class TenantAccessBehavior<TRequest, TResponse>(ITenantDirectory tenants)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not ITenantScopedRequest scoped)
        {
            return await next().ConfigureAwait(false);
        }

        var access = tenants.HasAccessAsync(scoped.Access.ToScope(), cancellationToken);
        var response = next();

        bool granted;
        try
        {
            granted = await access.ConfigureAwait(false);
        }
        catch
        {
            ObserveAndDiscard(response);
            throw;
        }

        if (!granted)
        {
            ObserveAndDiscard(response);
            throw new NotFoundException("tenant");
        }

        return await response.ConfigureAwait(false);
    }

    /// <summary>The handler's answer is not wanted any more; its failure must not surface as an unobserved task exception.</summary>
    private static void ObserveAndDiscard(Task<TResponse> response) =>
        response.ContinueWith(
            static t => _ = t.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
