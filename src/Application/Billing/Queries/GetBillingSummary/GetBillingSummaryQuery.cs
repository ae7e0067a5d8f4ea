using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Billing.Queries.GetBillingSummary;

/// <summary>The tenant's billing at a glance: invoice counts, what is due and the latest invoices.</summary>
public sealed record GetBillingSummaryQuery(AccessContext Access) : IRequest<BillingSummaryView>, ITenantScopedRequest;
