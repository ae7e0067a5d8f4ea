using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetInvoicePdf;

/// <summary>One invoice of the tenant as a PDF stream. The caller owns the answer and disposes it once the bytes are copied.</summary>
public sealed record GetInvoicePdfQuery(AccessContext Access, string Number) : IRequest<BillingPdf>, ITenantScopedRequest;
