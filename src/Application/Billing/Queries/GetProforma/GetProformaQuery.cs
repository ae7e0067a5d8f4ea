using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetProforma;

/// <summary>One proforma of the tenant with its lines, by its number.</summary>
public sealed record GetProformaQuery(AccessContext Access, string Number) : IRequest<Proforma>, ITenantScopedRequest;
