using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetInvoice;

/// <summary>One invoice of the tenant with its lines, by its number ("INV-2026-0001").</summary>
public sealed record GetInvoiceQuery(AccessContext Access, string Number) : IRequest<Invoice>, ITenantScopedRequest;
