using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.ListServices;

/// <summary>
/// One page of the tenant's services, optionally only those in one status ("active") and of one type ("vps");
/// a blank criterion does not filter.
/// </summary>
public sealed record ListServicesQuery(
    AccessContext Access,
    string? Status,
    string? ServiceType,
    int Page = 1,
    int PageSize = PageRequest.DefaultSize)
    : IRequest<Page<CustomerService>>, ITenantScopedRequest;
