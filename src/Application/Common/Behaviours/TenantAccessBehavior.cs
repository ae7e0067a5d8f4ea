using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tenants.Ports;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Checks that the caller may see the tenant of an <see cref="ITenantScopedRequest"/>. For a query the check and the
/// handler's queries leave together, so a page costs one backend round trip of latency rather than two; the handler's
/// answer is released only once access was granted. A command (<see cref="ITenantScopedCommand"/>) waits for the grant
/// before it runs, because a refused caller must change nothing. A refusal looks exactly like a tenant that does not exist.
/// Under <see cref="TenantAccessPolicy.BackendChecksEveryCall"/> the backend's own check on each call is the check, and
/// nothing is asked here, except for an <see cref="IBackendUncheckedRequest"/>, whose calls the backend does not check.
/// </summary>
internal sealed class TenantAccessBehavior<TRequest, TResponse>(ITenantDirectory tenants, TenantAccessPolicy policy)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not ITenantScopedRequest scoped
            || (policy.BackendChecksEveryCall && scoped is not IBackendUncheckedRequest))
        {
            return await next().ConfigureAwait(false);
        }

        var access = tenants.HasAccessAsync(scoped.Access.ToScope(), cancellationToken);
        if (scoped is ITenantScopedCommand)
        {
            await DemandAsync(access).ConfigureAwait(false);
            return await next().ConfigureAwait(false);
        }

        var response = next();
        try
        {
            await DemandAsync(access).ConfigureAwait(false);
        }
        catch
        {
            _ = DiscardAsync(response);
            throw;
        }

        return await response.ConfigureAwait(false);
    }

    private static async Task DemandAsync(Task<bool> access)
    {
        if (!await access.ConfigureAwait(false))
        {
            throw new NotFoundException("tenant");
        }
    }

    /// <summary>
    /// The handler's answer is not wanted any more. Its failure must not surface as an unobserved task exception, and an
    /// answer that holds a resource (an open PDF stream) is released now rather than left to the garbage collector.
    /// </summary>
    private static async Task DiscardAsync(Task<TResponse> response)
    {
        try
        {
            switch (await response.ConfigureAwait(false))
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
#pragma warning disable CA1031 // The refusal is what the caller hears; the unwanted answer's own failure is irrelevant.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
