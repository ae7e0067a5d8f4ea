using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.Billing.Queries.ListInvoices;

/// <summary>One page of the tenant's invoices, optionally only those in one status ("overdue"; blank lists all).</summary>
public sealed record ListInvoicesQuery(AccessContext Access, string? Status, int Page = 1, int PageSize = PageRequest.DefaultSize)
    : IRequest<Page<InvoiceSummary>>, ITenantScopedRequest;
