using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetProformaPdf;

/// <summary>One proforma of the tenant as a PDF stream. The caller owns the answer and disposes it once the bytes are copied.</summary>
public sealed record GetProformaPdfQuery(AccessContext Access, string Number) : IRequest<BillingPdf>, ITenantScopedRequest;
