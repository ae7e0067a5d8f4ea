using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Company;

namespace Portal.Application.Company.Queries.GetCompany;

/// <summary>The tenant's company record: details, tax profile and billing profile.</summary>
public sealed record GetCompanyQuery(AccessContext Access) : IRequest<CompanyRecord>, ITenantScopedRequest;
