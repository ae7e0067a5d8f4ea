using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.Billing.Queries.ListBillingDocuments;

/// <summary>
/// One page of the tenant's invoices and proformas together: of one type ("invoice", "proforma"; blank or "all" lists
/// both), in one status of that type (blank lists all), matching a search text (blank matches all).
/// </summary>
public sealed record ListBillingDocumentsQuery(
    AccessContext Access,
    string? DocumentType,
    string? Status,
    string? Search,
    int Page = 1,
    int PageSize = PageRequest.DefaultSize)
    : IRequest<BillingDocumentList>, ITenantScopedRequest;
