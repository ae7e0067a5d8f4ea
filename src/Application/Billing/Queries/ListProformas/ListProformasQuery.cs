using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.Billing.Queries.ListProformas;

/// <summary>One page of the tenant's proformas.</summary>
public sealed record ListProformasQuery(AccessContext Access, int Page = 1, int PageSize = PageRequest.DefaultSize)
    : IRequest<Page<ProformaSummary>>, ITenantScopedRequest;
