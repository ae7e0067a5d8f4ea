using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tenants.Ports;

namespace Portal.Application.Tenants.Queries.ConfirmTenantAccess;

/// <summary>
/// Has nothing to fetch. Usually the pipeline's access check, which runs before the answer is released, is the query;
/// when the backend checks every call instead (<see cref="TenantAccessPolicy.BackendChecksEveryCall"/>), this request
/// makes no call for it to check, so it asks the directory itself.
/// </summary>
internal sealed class ConfirmTenantAccessQueryHandler(ITenantDirectory tenants, TenantAccessPolicy policy)
    : IRequestHandler<ConfirmTenantAccessQuery, Unit>
{
    public async Task<Unit> Handle(ConfirmTenantAccessQuery request, CancellationToken cancellationToken)
    {
        if (policy.BackendChecksEveryCall && !await tenants.HasAccessAsync(request.Access.ToScope(), cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("tenant");
        }

        return Unit.Value;
    }
}
